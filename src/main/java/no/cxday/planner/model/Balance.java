package no.cxday.planner.model;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The anerkjennelse / læring / engasjement mix of a plan: each activity spreads the minutes it
 * has inside each day's window over the pillars in proportion to its weights.
 */
public record Balance(double anerkjennelseMinutes, double laeringMinutes, double engasjementMinutes) {

    /** A pillar with a smaller share than this is reported as missing. */
    public static final double MISSING_BELOW = 0.15;

    private static final Pillar[] PILLARS = Pillar.values();

    public static Balance of(Plan plan) {
        return of(plan.activities(), plan.dayStart(), plan.dayEnd());
    }

    public static Balance of(Collection<Activity> activities, LocalTime dayStart, LocalTime dayEnd) {
        double[] minutes = new double[PILLARS.length];
        for (Activity activity : activities) {
            Pillars weights = activity.pillars();
            int total = weights.total();
            if (total == 0) {
                continue;
            }
            double inside = minutesInsideDayWindows(activity.start(), activity.end(), dayStart, dayEnd);
            for (Pillar pillar : PILLARS) {
                minutes[pillar.ordinal()] += inside * weights.weight(pillar) / total;
            }
        }
        return new Balance(minutes[0], minutes[1], minutes[2]);
    }

    /**
     * In plain seconds rather than date-time objects: every change to the plan recomputes this for
     * each activity, and the launcher's quick compiler does not remove the objects' allocation.
     */
    static double minutesInsideDayWindows(LocalDateTime start, LocalDateTime end, LocalTime dayStart,
            LocalTime dayEnd) {
        long firstDay = start.toLocalDate().toEpochDay();
        long lastDay = end.toLocalDate().toEpochDay();
        int startSecond = start.toLocalTime().toSecondOfDay();
        int endSecond = end.toLocalTime().toSecondOfDay();
        int windowStart = dayStart.toSecondOfDay();
        int windowEnd = dayEnd.toSecondOfDay();
        long seconds = 0;
        for (long day = firstDay; day <= lastDay; day++) {
            int from = day == firstDay ? Math.max(startSecond, windowStart) : windowStart;
            int to = day == lastDay ? Math.min(endSecond, windowEnd) : windowEnd;
            if (to > from) {
                seconds += to - from;
            }
        }
        return seconds / 60.0;
    }

    public double minutes(Pillar pillar) {
        return switch (pillar) {
            case ANERKJENNELSE -> anerkjennelseMinutes;
            case LAERING -> laeringMinutes;
            case ENGASJEMENT -> engasjementMinutes;
        };
    }

    public double totalMinutes() {
        return anerkjennelseMinutes + laeringMinutes + engasjementMinutes;
    }

    /** Each pillar's share of all weighted minutes; all 0 when nothing is planned. */
    public Mix mix() {
        double total = totalMinutes();
        if (total == 0) {
            return new Mix(0, 0, 0);
        }
        return new Mix(anerkjennelseMinutes / total, laeringMinutes / total, engasjementMinutes / total);
    }

    /** The normalised Shannon entropy of the mix, 0 (one pillar or nothing) to 100 (a third each). */
    public double exactScore() {
        return exactScore(mix());
    }

    /** The score of a mix, unrounded: a year's score when only its mix is kept. */
    public static double exactScore(Mix mix) {
        double entropy = 0;
        for (Pillar pillar : Pillar.values()) {
            double p = mix.share(pillar);
            if (p > 0) {
                entropy -= p * Math.log(p);
            }
        }
        return 100 * entropy / Math.log(Pillar.values().length);
    }

    public int score() {
        return (int) Math.round(exactScore());
    }

    public List<Pillar> missing() {
        Mix mix = mix();
        return Arrays.stream(Pillar.values()).filter(p -> mix.share(p) < MISSING_BELOW).toList();
    }
}
