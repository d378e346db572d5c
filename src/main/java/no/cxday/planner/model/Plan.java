package no.cxday.planner.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A CX-day plan as docs/plan-format.md describes it. Immutable: an edit makes a new plan.
 * {@code lastYear} is null unless the plan was carried over; {@code budget} and
 * {@code communication} are null until they are given; {@code history} is oldest first.
 */
public record Plan(int schemaVersion, String id, String title, String organization, LocalDate cxDay,
        LocalDate firstDay, LocalDate lastDay, LocalTime dayStart, LocalTime dayEnd, String timeZone,
        String currency, BigDecimal budget, List<Lane> lanes, List<Activity> activities, List<Idea> customIdeas,
        Review review, Communication communication, LastYear lastYear, List<YearSummary> history, Extras extras) {

    /** The newest plan-file version this program knows; a higher one opens read-only. */
    public static final int SCHEMA_VERSION = 1;
    public static final String DEFAULT_TIME_ZONE = "Europe/Oslo";
    public static final String DEFAULT_CURRENCY = "NOK";

    public Plan {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(organization);
        Objects.requireNonNull(cxDay);
        Objects.requireNonNull(firstDay);
        Objects.requireNonNull(lastDay);
        Objects.requireNonNull(dayStart);
        Objects.requireNonNull(dayEnd);
        Objects.requireNonNull(timeZone);
        Objects.requireNonNull(currency);
        lanes = List.copyOf(lanes);
        activities = List.copyOf(activities);
        customIdeas = List.copyOf(customIdeas);
        Objects.requireNonNull(review);
        history = List.copyOf(history);
        Objects.requireNonNull(extras);
    }

    /** True when a newer program wrote the file: it may be read but never written back. */
    public boolean isFromNewerVersion() {
        return schemaVersion > SCHEMA_VERSION;
    }

    /** A new, empty plan of one day, the CX day, from 08:00 to 16:00 with one lane. */
    public static Plan blank(String title, LocalDate cxDay, Lane lane) {
        return new Plan(SCHEMA_VERSION, UUID.randomUUID().toString(), title, "", cxDay, cxDay, cxDay,
                LocalTime.of(8, 0), LocalTime.of(16, 0), DEFAULT_TIME_ZONE, DEFAULT_CURRENCY, null, List.of(lane),
                List.of(), List.of(), Review.EMPTY, null, null, List.of(), Extras.NONE);
    }

    public Plan withActivities(List<Activity> newActivities) {
        return new Plan(schemaVersion, id, title, organization, cxDay, firstDay, lastDay, dayStart, dayEnd,
                timeZone, currency, budget, lanes, newActivities, customIdeas, review, communication, lastYear, history,
                extras);
    }

    public Plan withLanes(List<Lane> newLanes, List<Activity> newActivities) {
        return new Plan(schemaVersion, id, title, organization, cxDay, firstDay, lastDay, dayStart, dayEnd,
                timeZone, currency, budget, newLanes, newActivities, customIdeas, review, communication, lastYear,
                history, extras);
    }

    public Plan withCustomIdeas(List<Idea> ideas) {
        return new Plan(schemaVersion, id, title, organization, cxDay, firstDay, lastDay, dayStart, dayEnd,
                timeZone, currency, budget, lanes, activities, ideas, review, communication, lastYear, history, extras);
    }

    public Plan withReview(Review newReview) {
        return new Plan(schemaVersion, id, title, organization, cxDay, firstDay, lastDay, dayStart, dayEnd,
                timeZone, currency, budget, lanes, activities, customIdeas, newReview, communication, lastYear, history,
                extras);
    }

    public Plan withCommunication(Communication newCommunication) {
        return new Plan(schemaVersion, id, title, organization, cxDay, firstDay, lastDay, dayStart, dayEnd,
                timeZone, currency, budget, lanes, activities, customIdeas, review, newCommunication, lastYear, history,
                extras);
    }

    public Plan withSettings(PlanSettings settings) {
        return new Plan(schemaVersion, id, settings.title(), settings.organization(), settings.cxDay(),
                settings.firstDay(), settings.lastDay(), settings.dayStart(), settings.dayEnd(), settings.timeZone(),
                currency, budget, lanes, activities, customIdeas, review, communication, lastYear, history, extras);
    }

    /** The same plan counted in {@code newCurrency} against {@code newBudget} (null: no budget set). */
    public Plan withMoney(String newCurrency, BigDecimal newBudget) {
        return new Plan(schemaVersion, id, title, organization, cxDay, firstDay, lastDay, dayStart, dayEnd,
                timeZone, newCurrency, newBudget, lanes, activities, customIdeas, review, communication, lastYear,
                history, extras);
    }

    public PlanSettings settings() {
        return new PlanSettings(title, organization, cxDay, firstDay, lastDay, dayStart, dayEnd, timeZone);
    }

    /** The days the timeline shows, first to last. */
    public List<LocalDate> days() {
        return firstDay.datesUntil(lastDay.plusDays(1)).toList();
    }

    public Optional<Activity> activity(String activityId) {
        return activities.stream().filter(a -> a.id().equals(activityId)).findFirst();
    }
}
