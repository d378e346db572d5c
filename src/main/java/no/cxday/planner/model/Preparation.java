package no.cxday.planner.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A plan's preparation list: every task of every activity, by due date (tasks without one last),
 * tasks due the same day by their activity's start, then in the activity's own order.
 */
public record Preparation(List<Item> items) {

    /** One task with its activity; {@code index} is its place in the activity's list. */
    public record Item(Activity activity, int index, Task task) {

        /** Who does it: the task's owner, or the activity's responsible when it has none. */
        public String owner() {
            return task.ownerOr(activity.responsible());
        }

        public boolean isOverdue(LocalDate today) {
            return task.isOverdue(today);
        }
    }

    private static final Comparator<Item> ORDER = Comparator
            .comparing((Item item) -> item.task().due(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(item -> item.activity().start())
            .thenComparingInt(Item::index);

    public Preparation {
        items = List.copyOf(items);
    }

    public static Preparation of(Plan plan) {
        List<Item> items = new ArrayList<>();
        for (Activity activity : plan.activities()) {
            for (int i = 0; i < activity.tasks().size(); i++) {
                items.add(new Item(activity, i, activity.tasks().get(i)));
            }
        }
        items.sort(ORDER);
        return new Preparation(items);
    }

    /** The tasks {@code name} does (after the fall-back to the responsible), ignoring case. */
    public Preparation ownedBy(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return new Preparation(items.stream().filter(i -> i.owner().toLowerCase(Locale.ROOT).equals(wanted)).toList());
    }

    /** The tasks not done yet. */
    public Preparation open() {
        return new Preparation(items.stream().filter(i -> !i.task().done()).toList());
    }

    public int total() {
        return items.size();
    }

    public int done() {
        return (int) items.stream().filter(i -> i.task().done()).count();
    }

    public int overdue(LocalDate today) {
        return (int) items.stream().filter(i -> i.isOverdue(today)).count();
    }
}
