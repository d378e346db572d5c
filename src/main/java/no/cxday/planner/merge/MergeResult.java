package no.cxday.planner.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.cxday.planner.model.Plan;

/**
 * What a merge gave: the merged plan, the conflicts left (each holds mine's value in the plan until
 * a side is picked for it), the changes taken from theirs, and how many changes came from each side.
 * A change both sides made alike counts for neither. Picking sides gives a new result.
 */
public final class MergeResult {

    private final Sides sides;
    private final Map<MergePath, Side> choices;
    private final Plan plan;
    private final List<Conflict> conflicts;
    private final List<Change> changes;
    private final int fromMine;

    MergeResult(Sides sides, Map<MergePath, Side> choices, Plan plan, List<Conflict> conflicts, List<Change> changes,
            int fromMine) {
        this.sides = sides;
        this.choices = Map.copyOf(choices);
        this.plan = plan;
        this.conflicts = List.copyOf(conflicts);
        this.changes = List.copyOf(changes);
        this.fromMine = fromMine;
    }

    /** The merged plan; while conflicts are left, with mine's value at each of them. */
    public Plan plan() {
        return plan;
    }

    /** True when no conflict is left, so that {@link #plan()} is the merge. */
    public boolean isMerged() {
        return conflicts.isEmpty();
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    /** What the merged plan took from theirs, in the plan's order: what the window tells the coordinator came in. */
    public List<Change> changesFromTheirs() {
        return changes;
    }

    public int fromMine() {
        return fromMine;
    }

    public int fromTheirs() {
        return changes.size();
    }

    /** The merge with {@code side} picked for the conflict at {@code path}. */
    public MergeResult resolve(MergePath path, Side side) {
        return resolve(Map.of(path, side));
    }

    /** The merge with a side picked for each of these conflicts, beside those picked before. */
    public MergeResult resolve(Map<MergePath, Side> sidesPicked) {
        Map<MergePath, Side> all = new HashMap<>(choices);
        all.putAll(sidesPicked);
        return PlanMerge.run(sides, all);
    }

    /**
     * Every conflict resolved to {@code side}. A conflict with a rule that {@code side}'s value does
     * not mend gets the other side's; what neither mends is left, so the result may still hold conflicts.
     */
    public MergeResult resolveAll(Side side) {
        MergeResult result = this;
        while (!result.isMerged()) {
            Map<MergePath, Side> more = new HashMap<>(result.choices);
            boolean picked = false;
            for (Conflict conflict : result.conflicts) {
                Side before = more.get(conflict.path());
                Side next = before == null ? side : conflict.isRule() && before == side ? side.other() : null;
                if (next != null) {
                    more.put(conflict.path(), next);
                    picked = true;
                }
            }
            if (!picked) {
                return result;
            }
            result = PlanMerge.run(sides, more);
        }
        return result;
    }
}
