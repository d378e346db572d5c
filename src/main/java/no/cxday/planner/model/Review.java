package no.cxday.planner.model;

import java.util.List;
import java.util.Objects;

/** The follow-up of the day ("etterarbeidet"). */
public record Review(String whatWorked, List<String> learnings, List<String> documentation, String nextYear,
        Extras extras) {

    public static final Review EMPTY = new Review("", List.of(), List.of(), "", Extras.NONE);

    public Review {
        Objects.requireNonNull(whatWorked);
        learnings = List.copyOf(learnings);
        documentation = List.copyOf(documentation);
        Objects.requireNonNull(nextYear);
        Objects.requireNonNull(extras);
    }
}
