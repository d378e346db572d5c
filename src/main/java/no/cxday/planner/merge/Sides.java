package no.cxday.planner.merge;

import no.cxday.planner.model.Plan;

/** The three plans of a merge, as the merge matches them: after {@link IdClashes#settled}. */
record Sides(Plan base, Plan mine, Plan theirs) {

    Plan of(Side side) {
        return side == Side.MINE ? mine : theirs;
    }
}
