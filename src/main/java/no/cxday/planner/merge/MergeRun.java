package no.cxday.planner.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import no.cxday.planner.model.Extras;

/**
 * One pass of a merge: the three-way rule for one value, one object and one list of objects by id,
 * and what the pass found (conflicts, changes taken from theirs, how many from mine). A value or
 * object with a side chosen for its path takes that side's; an unresolved conflict holds mine's.
 */
final class MergeRun {

    /** Merges one object that all three plans have, field by field. */
    interface ObjectMerge<O> {
        O merge(MergeRun run, MergePath at, O base, O mine, O theirs);
    }

    private final Map<MergePath, Side> choices;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private int fromMine;

    MergeRun(Map<MergePath, Side> choices) {
        this.choices = choices;
    }

    List<Conflict> conflicts() {
        return conflicts;
    }

    List<Change> changes() {
        return changes;
    }

    int fromMine() {
        return fromMine;
    }

    void tookFromMine() {
        fromMine++;
    }

    void tookFromTheirs(Change change) {
        changes.add(change);
    }

    /** Forgets the changes from theirs to an object that the merged plan no longer has. */
    void forget(MergePath object) {
        changes.removeIf(change -> change.path().isWithin(object));
    }

    <O, V> V field(MergePath at, String name, O base, O mine, O theirs, Function<O, V> get) {
        return value(at, name, get.apply(base), get.apply(mine), get.apply(theirs));
    }

    /** One value: a change on one side only is taken, the same on both once, different ones conflict. */
    <V> V value(MergePath at, String name, V base, V mine, V theirs) {
        if (Objects.equals(mine, theirs)) {
            return mine;
        }
        MergePath path = at.field(name);
        Side chosen = choices.get(path);
        if (chosen != null) {
            return take(chosen, path, base, mine, theirs, false);
        }
        if (Objects.equals(base, mine)) {
            changes.add(new Change(Change.Kind.CHANGED, path, mine, theirs));
            return theirs;
        }
        if (!Objects.equals(base, theirs)) {
            conflicts.add(new Conflict(path, base, mine, theirs, null));
        } else {
            fromMine++;
        }
        return mine;
    }

    /**
     * One object matched by id (null where a plan does not have it). Removed on one side and
     * changed on the other is a conflict; {@code changedBeside} says whether a side changed it
     * without changing the object itself (a lane it placed an activity in).
     */
    <O> O object(MergePath at, O base, O mine, O theirs, ObjectMerge<O> merge, Predicate<Side> changedBeside) {
        if (Objects.equals(mine, theirs)) {
            return mine;
        }
        Side chosen = choices.get(at);
        if (chosen != null) {
            return take(chosen, at, base, mine, theirs, true);
        }
        if (mine != null && theirs != null && base != null) {
            return merge.merge(this, at, base, mine, theirs);
        }
        if (base == null && (mine == null || theirs == null)) {
            return take(mine != null ? Side.MINE : Side.THEIRS, at, null, mine, theirs, true);
        }
        boolean keptChanged = mine != null ? !mine.equals(base) || changedBeside.test(Side.MINE)
                : theirs != null && (!theirs.equals(base) || changedBeside.test(Side.THEIRS));
        if (!keptChanged) {
            return take(mine == null ? Side.MINE : Side.THEIRS, at, base, mine, theirs, true);
        }
        conflicts.add(new Conflict(at, base, mine, theirs, null));
        return mine;
    }

    private <V> V take(Side side, MergePath path, V base, V mine, V theirs, boolean wholeObject) {
        if (side == Side.MINE) {
            if (!Objects.equals(base, mine)) {
                fromMine++;
            }
            return mine;
        }
        Change.Kind kind = !wholeObject ? Change.Kind.CHANGED
                : mine == null ? Change.Kind.ADDED : theirs == null ? Change.Kind.REMOVED : Change.Kind.CHANGED;
        changes.add(new Change(kind, path, mine, theirs));
        return theirs;
    }

    /** A list of objects by key: each merged as {@link #object}, in the order {@link #order} gives. */
    <O> List<O> objects(MergePath parent, String list, Map<String, O> base, Map<String, O> mine,
            Map<String, O> theirs, ObjectMerge<O> merge, ChangedBeside changedBeside) {
        List<O> merged = new ArrayList<>(Math.max(mine.size(), theirs.size()));
        for (String key : order(base.keySet(), mine.keySet(), theirs.keySet())) {
            O object = object(parent.child(list, key), base.get(key), mine.get(key), theirs.get(key), merge,
                    side -> changedBeside.test(side, key));
            if (object != null) {
                merged.add(object);
            }
        }
        return merged;
    }

    /** Whether a side changed the object with this key by what it did elsewhere in the plan. */
    interface ChangedBeside {
        ChangedBeside NEVER = (side, key) -> false;

        boolean test(Side side, String key);
    }

    /**
     * The order of a merged list: mine's when theirs kept the base's order, else theirs' with what
     * only mine has after it. So a list only one side changed comes out as that side has it.
     */
    static List<String> order(Collection<String> base, Collection<String> mine, Collection<String> theirs) {
        boolean theirsAsBase = sameSequence(base, theirs);
        Set<String> keys = new LinkedHashSet<>(theirsAsBase ? mine : theirs);
        keys.addAll(theirsAsBase ? theirs : mine);
        return new ArrayList<>(keys);
    }

    private static boolean sameSequence(Collection<String> one, Collection<String> other) {
        if (one.size() != other.size()) {
            return false;
        }
        Iterator<String> others = other.iterator();
        for (String key : one) {
            if (!key.equals(others.next())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The fields this program does not know, merged one by one like known ones. Which optional
     * fields the file left out only decides how the plan is written, so it is merged without conflicts.
     */
    Extras extras(MergePath at, Extras base, Extras mine, Extras theirs) {
        if (mine.equals(theirs)) {
            return mine;
        }
        Map<String, String> unknown = new LinkedHashMap<>();
        for (String name : order(base.unknown().keySet(), mine.unknown().keySet(), theirs.unknown().keySet())) {
            RawJson value = value(at, name, raw(base, name), raw(mine, name), raw(theirs, name));
            if (value != null) {
                unknown.put(name, value.text());
            }
        }
        Set<String> omitted = new LinkedHashSet<>();
        for (String name : order(base.omitted(), mine.omitted(), theirs.omitted())) {
            boolean inMine = mine.wasOmitted(name);
            if (inMine != base.wasOmitted(name) ? inMine : theirs.wasOmitted(name)) {
                omitted.add(name);
            }
        }
        return new Extras(unknown, omitted);
    }

    private static RawJson raw(Extras extras, String name) {
        String text = extras.unknown().get(name);
        return text == null ? null : new RawJson(text);
    }
}
