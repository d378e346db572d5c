package no.cxday.planner.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a timeline of the plan shows, on screen or on paper, computed once per change: the days, the lanes, and each
 * activity as a block with its place. Blocks that overlap in one lane share its width side by side.
 */
public record TimelineLayout(List<LocalDate> days, List<Lane> lanes, LocalTime dayStart, LocalTime dayEnd,
        LocalDate cxDay, List<Block> blocks) {

    /** The shortest a block is drawn, so that even an activity outside the window can be seen. */
    public static final int MIN_VISIBLE_MINUTES = 10;

    /**
     * One activity's place: day and lane by index, minutes from the day start, and its column out
     * of {@code columns} when it overlaps others.
     */
    public record Block(Activity activity, int day, int lane, int startMinute, int endMinute, int column,
            int columns, boolean overlapping) {
    }

    public int windowMinutes() {
        return (dayEnd.toSecondOfDay() - dayStart.toSecondOfDay()) / 60;
    }

    public static TimelineLayout of(Plan plan) {
        List<LocalDate> days = plan.days();
        Map<LocalDate, Integer> dayIndex = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            dayIndex.put(days.get(i), i);
        }
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int i = 0; i < plan.lanes().size(); i++) {
            laneIndex.put(plan.lanes().get(i).id(), i);
        }
        int window = (plan.dayEnd().toSecondOfDay() - plan.dayStart().toSecondOfDay()) / 60;
        Map<Long, List<Block>> byDayAndLane = new HashMap<>();
        for (Activity activity : plan.activities()) {
            Integer day = dayIndex.get(activity.start().toLocalDate());
            Integer lane = laneIndex.get(activity.laneId());
            if (day == null || lane == null) {
                continue;
            }
            int start = clamp(minutesFrom(plan.dayStart(), activity.start().toLocalTime()), 0,
                    window - MIN_VISIBLE_MINUTES);
            int end = activity.span().endsOnALaterDay() ? window
                    : clamp(minutesFrom(plan.dayStart(), activity.end().toLocalTime()), 0, window);
            end = Math.max(end, start + MIN_VISIBLE_MINUTES);
            byDayAndLane.computeIfAbsent((long) day << 32 | lane, k -> new ArrayList<>())
                    .add(new Block(activity, day, lane, start, end, 0, 1, false));
        }
        List<Block> blocks = new ArrayList<>(plan.activities().size());
        byDayAndLane.values().forEach(group -> blocks.addAll(sideBySide(group)));
        blocks.sort(Comparator.comparingInt(Block::day).thenComparingInt(Block::startMinute)
                .thenComparingInt(Block::lane).thenComparing(b -> b.activity().id()));
        return new TimelineLayout(days, plan.lanes(), plan.dayStart(), plan.dayEnd(), plan.cxDay(),
                List.copyOf(blocks));
    }

    private static int minutesFrom(LocalTime dayStart, LocalTime time) {
        return (time.toSecondOfDay() - dayStart.toSecondOfDay()) / 60;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** Gives each block of one lane and day a column, so that blocks that overlap stand side by side. */
    private static List<Block> sideBySide(List<Block> group) {
        group.sort(Comparator.comparingInt(Block::startMinute).thenComparingInt(Block::endMinute));
        List<Block> placed = new ArrayList<>(group.size());
        List<Block> cluster = new ArrayList<>();
        List<Integer> columnEnds = new ArrayList<>();
        int clusterEnd = Integer.MIN_VALUE;
        for (Block block : group) {
            if (block.startMinute() >= clusterEnd && !cluster.isEmpty()) {
                placed.addAll(finish(cluster, columnEnds.size()));
                cluster.clear();
                columnEnds.clear();
            }
            int column = 0;
            while (column < columnEnds.size() && columnEnds.get(column) > block.startMinute()) {
                column++;
            }
            if (column == columnEnds.size()) {
                columnEnds.add(block.endMinute());
            } else {
                columnEnds.set(column, block.endMinute());
            }
            cluster.add(new Block(block.activity(), block.day(), block.lane(), block.startMinute(),
                    block.endMinute(), column, 1, false));
            clusterEnd = cluster.size() == 1 ? block.endMinute() : Math.max(clusterEnd, block.endMinute());
        }
        placed.addAll(finish(cluster, columnEnds.size()));
        return placed;
    }

    /**
     * Blocks that share a cluster stand side by side; only those whose times really overlap another's
     * are marked: one drawn longer than it is (too short to see, or outside the day's window) is not.
     */
    private static List<Block> finish(List<Block> cluster, int columns) {
        return cluster.stream().map(b -> new Block(b.activity(), b.day(), b.lane(), b.startMinute(), b.endMinute(),
                b.column(), columns, cluster.stream().anyMatch(other -> other != b && overlap(b, other)))).toList();
    }

    private static boolean overlap(Block one, Block other) {
        return one.activity().start().isBefore(other.activity().end())
                && other.activity().start().isBefore(one.activity().end());
    }
}
