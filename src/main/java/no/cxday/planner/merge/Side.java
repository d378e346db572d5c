package no.cxday.planner.merge;

/** One of the two changed plans a merge brings together: mine (the one in the window) or theirs (the file). */
public enum Side {
    MINE,
    THEIRS;

    public Side other() {
        return this == MINE ? THEIRS : MINE;
    }
}
