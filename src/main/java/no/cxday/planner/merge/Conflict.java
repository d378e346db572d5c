package no.cxday.planner.merge;

import no.cxday.planner.model.Problem;

/**
 * A value the two sides changed differently, or an object one side removed and the other changed:
 * its path and the value in each plan (null where the object is not there, {@link RawJson} for a field
 * this program does not know). {@code rule} is set when it is not the sides that disagree but their
 * changes together that break a rule of the format (an activity outside the days that are left):
 * then the path names the field or object the rule is about, and a side is picked for it alone.
 */
public record Conflict(MergePath path, Object base, Object mine, Object theirs, Problem rule) {

    public boolean isRule() {
        return rule != null;
    }
}
