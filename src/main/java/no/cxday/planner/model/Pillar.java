package no.cxday.planner.model;

/** The three elements the idea bank says a good CX-day programme combines. */
public enum Pillar {
    ANERKJENNELSE("anerkjennelse"),
    LAERING("laering"),
    ENGASJEMENT("engasjement");

    private final String key;

    Pillar(String key) {
        this.key = key;
    }

    /** The field name used in plan files. */
    public String key() {
        return key;
    }
}
