package no.cxday.planner.model;

/** Each pillar's share of the planned minutes, each from 0 to 1. */
public record Mix(double anerkjennelse, double laering, double engasjement) {

    public double share(Pillar pillar) {
        return switch (pillar) {
            case ANERKJENNELSE -> anerkjennelse;
            case LAERING -> laering;
            case ENGASJEMENT -> engasjement;
        };
    }
}
