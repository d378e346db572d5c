package no.cxday.planner.model;

import java.util.Objects;

/** Weights 0 to 3 of an activity or idea on each pillar. */
public record Pillars(int anerkjennelse, int laering, int engasjement, Extras extras) {

    public static final int MIN = 0;
    public static final int MAX = 3;

    public Pillars {
        Objects.requireNonNull(extras);
    }

    public Pillars(int anerkjennelse, int laering, int engasjement) {
        this(anerkjennelse, laering, engasjement, Extras.NONE);
    }

    public int weight(Pillar pillar) {
        return switch (pillar) {
            case ANERKJENNELSE -> anerkjennelse;
            case LAERING -> laering;
            case ENGASJEMENT -> engasjement;
        };
    }

    public int total() {
        return anerkjennelse + laering + engasjement;
    }
}
