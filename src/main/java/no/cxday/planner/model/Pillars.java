package no.cxday.planner.model;

import java.util.Objects;

/** Weights 0 to 3 of an activity or idea on each pillar. */
public record Pillars(int anerkjennelse, int laering, int engasjement, Extras extras) {

    public static final int MIN = 0;
    public static final int MAX = 3;
    /** A weight from which an idea counts as one for that pillar: filtered for it, suggested to fill it. */
    public static final int STRONG = 2;

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

    /** True when the weight on {@code pillar} is {@link #STRONG} or more. */
    public boolean isStrong(Pillar pillar) {
        return weight(pillar) >= STRONG;
    }

    public int total() {
        return anerkjennelse + laering + engasjement;
    }
}
