package no.cxday.planner.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of docs/plan-format.md that go beyond the shape of the JSON; finds the first one broken. */
public final class PlanRules {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_SPAN_DAYS = 31;

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private PlanRules() {
    }

    public static Optional<Problem> firstProblem(Plan plan) {
        Problem problem = planProblem(plan);
        if (problem == null) {
            problem = CostRules.planProblem(plan);
        }
        if (problem == null && plan.communication() != null) {
            problem = communicationProblem(plan.communication());
        }
        if (problem == null) {
            problem = lanesProblem(plan.lanes());
        }
        if (problem == null) {
            problem = activitiesProblem(plan);
        }
        if (problem == null) {
            problem = customIdeasProblem(plan.customIdeas());
        }
        if (problem == null && plan.lastYear() != null) {
            problem = HistoryRules.lastYearProblem(plan.lastYear());
        }
        if (problem == null) {
            problem = HistoryRules.historyProblem(plan.history());
        }
        return Optional.ofNullable(problem);
    }

    private static Problem planProblem(Plan plan) {
        if (!UUID.matcher(plan.id()).matches()) {
            return new Problem("id", "problem.notUuid", plan.id());
        }
        Problem title = titleProblem("title", plan.title());
        if (title != null) {
            return title;
        }
        if (plan.cxDay().isBefore(plan.firstDay())) {
            return new Problem("cxDay", "problem.cxDayBeforeFirstDay", plan.cxDay(), plan.firstDay());
        }
        if (plan.cxDay().isAfter(plan.lastDay())) {
            return new Problem("cxDay", "problem.cxDayAfterLastDay", plan.cxDay(), plan.lastDay());
        }
        if (ChronoUnit.DAYS.between(plan.firstDay(), plan.lastDay()) + 1 > MAX_SPAN_DAYS) {
            return new Problem("lastDay", "problem.spanTooLong", MAX_SPAN_DAYS);
        }
        if (!plan.dayStart().isBefore(plan.dayEnd())) {
            return new Problem("dayEnd", "problem.dayEndNotAfterStart", plan.dayEnd().format(CLOCK),
                    plan.dayStart().format(CLOCK));
        }
        return timeZoneProblem(plan.timeZone());
    }

    /** The rule of a plan's time zone: an IANA zone this Java knows; null when it keeps it. */
    public static Problem timeZoneProblem(String timeZone) {
        return ZoneId.getAvailableZoneIds().contains(timeZone) ? null
                : new Problem("timeZone", "problem.unknownTimeZone", timeZone);
    }

    /** The rules of the poster's message and link, shared by the reader and the form that edits them. */
    public static Problem communicationProblem(Communication communication) {
        Problem message = lengthProblem("communication.message", communication.message(),
                Communication.MAX_MESSAGE_LENGTH, "problem.textTooLong");
        if (message != null) {
            return message;
        }
        String link = communication.link();
        if (link.isEmpty()) {
            return null;
        }
        Problem tooLong = lengthProblem("communication.link", link, Communication.MAX_LINK_LENGTH,
                "problem.linkTooLong");
        return tooLong != null || isWebAddress(link) ? tooLong
                : new Problem("communication.link", "problem.badLink", link);
    }

    private static Problem lengthProblem(String path, String text, int max, String key) {
        return text.codePointCount(0, text.length()) > max ? new Problem(path, key, max) : null;
    }

    /** An absolute http or https URL with a host. */
    public static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null
                    && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The title rule, shared by the reader and the plan settings. */
    public static Problem titleProblem(String path, String title) {
        if (title.isBlank()) {
            return new Problem(path, "problem.blank");
        }
        return lengthProblem(path, title, MAX_TITLE_LENGTH, "problem.titleTooLong");
    }

    private static Problem lanesProblem(List<Lane> lanes) {
        if (lanes.isEmpty()) {
            return new Problem("lanes", "problem.noLanes");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lanes.size(); i++) {
            String id = lanes.get(i).id();
            if (id.isBlank()) {
                return new Problem("lanes[" + i + "].id", "problem.blank");
            }
            if (!ids.add(id)) {
                return new Problem("lanes[" + i + "].id", "problem.duplicateId", id);
            }
        }
        return null;
    }

    private static Problem activitiesProblem(Plan plan) {
        Set<String> laneIds = new HashSet<>();
        plan.lanes().forEach(lane -> laneIds.add(lane.id()));
        LocalDateTime earliest = plan.firstDay().atStartOfDay();
        LocalDateTime latest = plan.lastDay().plusDays(1).atStartOfDay();
        Set<String> ids = new HashSet<>();
        Set<String> taskIds = new HashSet<>();
        List<Activity> activities = plan.activities();
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            String at = "activities[" + i + "]";
            if (activity.id().isBlank()) {
                return new Problem(at + ".id", "problem.blank");
            }
            if (!ids.add(activity.id())) {
                return new Problem(at + ".id", "problem.duplicateId", activity.id());
            }
            if (!laneIds.contains(activity.laneId())) {
                return new Problem(at + ".laneId", "problem.unknownLane", activity.laneId());
            }
            Problem problem = timeProblem(at, activity.start(), activity.end(), earliest, latest);
            if (problem == null) {
                problem = pillarsProblem(at + ".pillars", activity.pillars());
            }
            if (problem == null) {
                problem = tasksProblem(at + ".tasks", activity.tasks(), taskIds);
            }
            if (problem == null && activity.evaluation() != null) {
                problem = evaluationProblem(at + ".evaluation", activity.evaluation());
            }
            if (problem == null) {
                problem = CostRules.activityProblem(at, activity);
            }
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** The time rule of an activity, shared by the reader and the editor. */
    public static Problem timeProblem(String at, LocalDateTime start, LocalDateTime end, LocalDateTime earliest,
            LocalDateTime latest) {
        if (!end.isAfter(start)) {
            boolean sameDay = start.toLocalDate().equals(end.toLocalDate());
            return new Problem(at + ".end", "problem.endNotAfterStart",
                    sameDay ? end.format(CLOCK) : end.toString(), sameDay ? start.format(CLOCK) : start.toString());
        }
        if (start.isBefore(earliest) || start.isAfter(latest)) {
            return new Problem(at + ".start", "problem.outsideSpan", start, earliest.toLocalDate(),
                    latest.toLocalDate().minusDays(1));
        }
        if (end.isAfter(latest)) {
            return new Problem(at + ".end", "problem.outsideSpan", end, earliest.toLocalDate(),
                    latest.toLocalDate().minusDays(1));
        }
        return null;
    }

    public static Problem pillarsProblem(String at, Pillars pillars) {
        for (Pillar pillar : Pillar.values()) {
            int weight = pillars.weight(pillar);
            if (weight < Pillars.MIN || weight > Pillars.MAX) {
                return new Problem(at + "." + pillar.key(), "problem.outOfRange", weight, Pillars.MIN, Pillars.MAX);
            }
        }
        return null;
    }

    /** Text not blank; an id, when the task has one, not blank and used by no other task of the plan. */
    private static Problem tasksProblem(String at, List<Task> tasks, Set<String> taskIds) {
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i);
            String taskAt = at + "[" + i + "]";
            if (task.id() != null && task.id().isBlank()) {
                return new Problem(taskAt + ".id", "problem.blank");
            }
            if (task.id() != null && !taskIds.add(task.id())) {
                return new Problem(taskAt + ".id", "problem.duplicateId", task.id());
            }
            if (task.text().isBlank()) {
                return new Problem(taskAt + ".text", "problem.blank");
            }
        }
        return null;
    }

    private static Problem evaluationProblem(String at, Evaluation evaluation) {
        Integer rating = evaluation.rating();
        if (rating != null && (rating < Evaluation.MIN_RATING || rating > Evaluation.MAX_RATING)) {
            return new Problem(at + ".rating", "problem.outOfRange", rating, Evaluation.MIN_RATING,
                    Evaluation.MAX_RATING);
        }
        Integer participants = evaluation.participants();
        if (participants != null && participants < 0) {
            return new Problem(at + ".participants", "problem.negative", participants);
        }
        return null;
    }

    private static Problem customIdeasProblem(List<Idea> ideas) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < ideas.size(); i++) {
            Idea idea = ideas.get(i);
            String at = "customIdeas[" + i + "]";
            Problem problem = ideaProblem(at, idea);
            if (problem == null && !ids.add(idea.id())) {
                problem = new Problem(at + ".id", "problem.duplicateId", idea.id());
            }
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** The rules of one idea, shared by the reader, the idea editor and the catalogue's test. */
    public static Problem ideaProblem(String at, Idea idea) {
        if (idea.id().isBlank()) {
            return new Problem(at + ".id", "problem.blank");
        }
        if (idea.title().isBlank()) {
            return new Problem(at + ".title", "problem.blank");
        }
        Problem problem = pillarsProblem(at + ".pillars", idea.pillars());
        if (problem == null && (idea.durationMinutes() < Idea.MIN_DURATION
                || idea.durationMinutes() > Idea.MAX_DURATION)) {
            problem = new Problem(at + ".durationMinutes", "problem.outOfRange", idea.durationMinutes(),
                    Idea.MIN_DURATION, Idea.MAX_DURATION);
        }
        for (int i = 0; problem == null && i < idea.preparation().size(); i++) {
            problem = ideaTaskProblem(at + ".preparation[" + i + "]", idea.preparation().get(i));
        }
        return problem;
    }

    private static Problem ideaTaskProblem(String at, IdeaTask task) {
        if (task.text().isBlank()) {
            return new Problem(at + ".text", "problem.blank");
        }
        if (task.daysBefore() < IdeaTask.MIN_DAYS_BEFORE || task.daysBefore() > IdeaTask.MAX_DAYS_BEFORE) {
            return new Problem(at + ".daysBefore", "problem.outOfRange", task.daysBefore(), IdeaTask.MIN_DAYS_BEFORE,
                    IdeaTask.MAX_DAYS_BEFORE);
        }
        return null;
    }
}
