package no.cxday.planner.merge;

/**
 * A change a merge took from theirs, as data to put in words: at {@code path}, mine had
 * {@code before} and the merged plan has {@code after}. For an object added or removed as a whole,
 * the path names the object and the values are the objects (null for none); otherwise they are the
 * field's values, a {@link RawJson} for a field this program does not know.
 */
public record Change(Kind kind, MergePath path, Object before, Object after) {

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }
}
