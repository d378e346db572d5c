package no.cxday.planner.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** The changes the planner makes to a plan, as pure functions from one plan to the next. */
public final class PlanEdits {

    private PlanEdits() {
    }

    /** An id not yet used by an activity of the plan: {@code a-1}, {@code a-2}, ... */
    public static String newActivityId(Plan plan) {
        return freeId("a", plan.activities().stream().map(Activity::id).collect(Collectors.toSet()));
    }

    /** A readable id for a lane named {@code name}, not yet used by another lane. */
    public static String newLaneId(Plan plan, String name) {
        return freeId(slug(name), plan.lanes().stream().map(Lane::id).collect(Collectors.toSet()));
    }

    /** A readable id for a custom idea, not used by a built-in or custom idea. */
    public static String newIdeaId(Set<String> taken, String title) {
        return readableId(taken, title);
    }

    /** A readable id made from {@code name} ({@code kantina-1}), not in {@code taken}. */
    public static String readableId(Set<String> taken, String name) {
        return freeId(slug(name), taken);
    }

    /** The first of {@code stem-1}, {@code stem-2}, ... that is not in {@code taken}. */
    public static String freeId(String stem, Set<String> taken) {
        for (int n = 1; ; n++) {
            String candidate = stem + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o")
                .replace("å", "a"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug.substring(0, Math.min(slug.length(), 40));
    }

    /**
     * A new activity made from an idea, at the given place: its title and pillars, and the tasks it
     * usually needs, due as many days before the activity's first day as the idea says.
     */
    public static Activity fromIdea(Idea idea, String activityId, String laneId, TimeGrid.Span span) {
        List<Task> tasks = idea.preparation().stream().map(t -> t.taskFor(span.start().toLocalDate())).toList();
        return new Activity(activityId, idea.id(), idea.title(), laneId, span.start(), span.end(), idea.pillars(),
                "", "", "", tasks, null, null, null, Extras.NONE);
    }

    public static Plan add(Plan plan, Activity activity) {
        List<Activity> activities = new ArrayList<>(plan.activities());
        activities.add(activity);
        return plan.withActivities(activities);
    }

    public static Plan update(Plan plan, String activityId, UnaryOperator<Activity> change) {
        return plan.withActivities(plan.activities().stream()
                .map(a -> a.id().equals(activityId) ? change.apply(a) : a).toList());
    }

    public static Plan remove(Plan plan, String activityId) {
        return plan.withActivities(plan.activities().stream().filter(a -> !a.id().equals(activityId)).toList());
    }

    public static Plan addLane(Plan plan, Lane lane) {
        List<Lane> lanes = new ArrayList<>(plan.lanes());
        lanes.add(lane);
        return plan.withLanes(lanes, plan.activities());
    }

    public static Plan renameLane(Plan plan, String laneId, String name) {
        return plan.withLanes(plan.lanes().stream()
                .map(l -> l.id().equals(laneId) ? new Lane(l.id(), name, l.extras()) : l).toList(), plan.activities());
    }

    /** Moves a lane {@code delta} places left (negative) or right, staying inside the list. */
    public static Plan moveLane(Plan plan, String laneId, int delta) {
        List<Lane> lanes = new ArrayList<>(plan.lanes());
        int from = indexOfLane(plan, laneId);
        int to = Math.max(0, Math.min(lanes.size() - 1, from + delta));
        lanes.add(to, lanes.remove(from));
        return plan.withLanes(lanes, plan.activities());
    }

    /** Removes a lane and the activities in it; the last lane stays, as a plan needs one. */
    public static Plan removeLane(Plan plan, String laneId) {
        if (plan.lanes().size() <= 1) {
            return plan;
        }
        return plan.withLanes(plan.lanes().stream().filter(l -> !l.id().equals(laneId)).toList(),
                plan.activities().stream().filter(a -> !a.laneId().equals(laneId)).toList());
    }

    public static int indexOfLane(Plan plan, String laneId) {
        for (int i = 0; i < plan.lanes().size(); i++) {
            if (plan.lanes().get(i).id().equals(laneId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No lane " + laneId);
    }

    public static Plan addCustomIdea(Plan plan, Idea idea) {
        List<Idea> ideas = new ArrayList<>(plan.customIdeas());
        ideas.add(idea);
        return plan.withCustomIdeas(ideas);
    }

    /**
     * Puts {@code idea} in the place of the plan's own idea with its id. The activities made from the
     * old one stay as they were: each is a copy, changed on its own.
     */
    public static Plan updateCustomIdea(Plan plan, Idea idea) {
        return plan.withCustomIdeas(plan.customIdeas().stream()
                .map(i -> i.id().equals(idea.id()) ? idea : i).toList());
    }

    /** Takes the idea out of the plan's own ideas; activities made from it keep it as their idea id. */
    public static Plan removeCustomIdea(Plan plan, String ideaId) {
        return plan.withCustomIdeas(plan.customIdeas().stream().filter(i -> !i.id().equals(ideaId)).toList());
    }
}
