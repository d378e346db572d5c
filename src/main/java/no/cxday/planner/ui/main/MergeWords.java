package no.cxday.planner.ui.main;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.cxday.planner.i18n.DateTimeText;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.merge.Change;
import no.cxday.planner.merge.Conflict;
import no.cxday.planner.merge.MergePath;
import no.cxday.planner.merge.MergeResult;
import no.cxday.planner.merge.RawJson;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Cost;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Task;
import no.cxday.planner.ui.DialogService.ConflictInWords;

/**
 * A merge in the coordinator's words: what came in from the file ("flyttet «Kake og kaffe» til
 * 10:30"), and each conflict with what it is about and both values, with dates and times as the
 * program's language writes them.
 */
final class MergeWords {

    /** The changes a notice names one by one; the rest it counts. */
    static final int CHANGES_NAMED = 8;

    private final Messages messages;
    private final DateTimeText dates;

    MergeWords(Messages messages) {
        this.messages = messages;
        this.dates = messages.dates();
    }

    /** What the merge took from the file, as the notice tells it. */
    String changes(MergeResult result, Plan mine, Object fileName) {
        List<Change> changes = result.changesFromTheirs();
        if (changes.isEmpty()) {
            return messages.format("merge.notice.nothing", fileName);
        }
        List<String> named = new ArrayList<>();
        for (Change change : changes) {
            if (!isEndOfAMove(change, changes)) {
                named.add(change(change, changes, mine, result.plan()));
            }
        }
        int more = named.size() - CHANGES_NAMED;
        if (more > 0) {
            named = new ArrayList<>(named.subList(0, CHANGES_NAMED));
            named.add(messages.format("merge.notice.more", more));
        }
        return messages.format("merge.notice", fileName, String.join("; ", named));
    }

    private String change(Change change, List<Change> all, Plan mine, Plan merged) {
        MergePath path = change.path();
        return switch (change.kind()) {
            case ADDED -> messages.format("merge.change.added", object(path, merged));
            case REMOVED -> messages.format("merge.change.removed", object(path, mine, merged));
            case CHANGED -> changed(change, object(path, mine, merged), all, merged);
        };
    }

    /** The new {@code field} ("start", "end") of the activity {@code change} is about, among {@code all}. */
    private static Optional<Change> timeOf(Change change, String field, List<Change> all) {
        String activityId = change.path().activityId();
        return activityId == null || change.path().taskId() != null ? Optional.empty()
                : all.stream().filter(other -> other.kind() == Change.Kind.CHANGED
                        && activityId.equals(other.path().activityId()) && other.path().taskId() == null
                        && field.equals(other.path().field()) && other.after() instanceof LocalDateTime).findFirst();
    }

    /** An activity's new end is said with its new start: "flyttet «Kake og kaffe» til 10:30–11:15". */
    private static boolean isEndOfAMove(Change change, List<Change> all) {
        return timeOf(change, "end", all).orElse(null) == change && timeOf(change, "start", all).isPresent();
    }

    private String changed(Change change, String object, List<Change> all, Plan merged) {
        String field = change.path().field();
        Object after = change.after();
        if (timeOf(change, "start", all).orElse(null) == change) {
            String start = time((LocalDateTime) after, change.before());
            return messages.format("merge.change.moved", object, timeOf(change, "end", all)
                    .map(end -> start + "–" + DateTimeText.clock((LocalDateTime) end.after())).orElse(start));
        }
        if (after instanceof LocalDateTime time) {
            return messages.format("merge.change.changed", fieldName(field), object, time(time, change.before()));
        }
        if ("laneId".equals(field)) {
            return messages.format("merge.change.movedToLane", object, value(after, field, merged));
        }
        if ("done".equals(field) && after instanceof Boolean done) {
            return messages.format(done ? "merge.change.done" : "merge.change.undone", object);
        }
        return messages.format("merge.change.changed", fieldName(field), object, value(after, field, merged));
    }

    /** A new time of day, with its day when that is another than before: "10:30", "onsdag 7. oktober, 10:30". */
    private String time(LocalDateTime after, Object before) {
        boolean sameDay = before instanceof LocalDateTime was && was.toLocalDate().equals(after.toLocalDate());
        return sameDay ? DateTimeText.clock(after) : dates.dayAndTime(after);
    }

    /** Each conflict left in the merge, in words, for the dialog that picks a side for it. */
    List<ConflictInWords> conflicts(MergeResult result, Plan mine, Plan theirs) {
        List<ConflictInWords> words = new ArrayList<>();
        for (Conflict conflict : result.conflicts()) {
            String field = conflict.path().field();
            String object = capital(object(conflict.path(), mine, theirs));
            String what = field == null ? object : messages.format("merge.conflict.field", object, fieldName(field));
            if (conflict.isRule()) {
                what = messages.format("merge.conflict.rule", what, messages.sentence(conflict.rule()));
            }
            words.add(new ConflictInWords(what, value(conflict.mine(), field, mine),
                    value(conflict.theirs(), field, theirs)));
        }
        return words;
    }

    /** What a path is about: "«Kake og kaffe»", "oppgaven «Bestille kake» i «Kake og kaffe»", "sporet «Kantina»". */
    private String object(MergePath path, Plan... plans) {
        String activityId = path.activityId();
        if (activityId != null) {
            String title = first(plans, p -> p.activity(activityId).map(Activity::title)).orElse(activityId);
            String taskId = path.taskId();
            if (taskId == null) {
                return text(title);
            }
            return first(plans, p -> p.activity(activityId).flatMap(a -> a.tasks().stream()
                    .filter(t -> taskId.equals(t.id())).findFirst()).map(Task::text))
                    .map(task -> messages.format("merge.object.task", text(task), text(title)))
                    .orElse(messages.format("merge.object.aTask", text(title)));
        }
        String laneId = path.laneId();
        if (laneId != null) {
            return messages.format("merge.object.lane", text(laneName(laneId, plans)));
        }
        String ideaId = path.idIn("customIdeas");
        if (ideaId != null) {
            return messages.format("merge.object.idea", text(first(plans, p -> p.customIdeas().stream()
                    .filter(i -> i.id().equals(ideaId)).findFirst().map(Idea::title)).orElse(ideaId)));
        }
        boolean review = path.objects().stream().anyMatch(step -> step.name().equals("review"));
        return messages.get(review ? "merge.object.review" : "merge.object.plan");
    }

    private static String laneName(String laneId, Plan... plans) {
        return first(plans, p -> p.lanes().stream().filter(l -> l.id().equals(laneId)).findFirst().map(Lane::name))
                .orElse(laneId);
    }

    private static <T> Optional<T> first(Plan[] plans, Function<Plan, Optional<T>> find) {
        for (Plan plan : plans) {
            Optional<T> found = find.apply(plan);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A value as the coordinator knows it: a time as 10:30, a lane by its name, an activity by its title and times. */
    private String value(Object value, String field, Plan plan) {
        if (value == null) {
            return messages.get(field == null ? "merge.value.removed" : "merge.value.none");
        }
        if ("laneId".equals(field) && value instanceof String laneId) {
            return text(laneName(laneId, plan));
        }
        if (value instanceof String text) {
            return text.isBlank() ? messages.get("merge.value.empty") : text(text);
        }
        if (value instanceof LocalDateTime dateTime) {
            return dates.dayAndTime(dateTime);
        }
        if (value instanceof LocalDate date) {
            return dates.date(date);
        }
        if (value instanceof LocalTime time) {
            return DateTimeText.clock(time);
        }
        if (value instanceof Boolean yes) {
            return messages.get(yes ? "merge.value.yes" : "merge.value.no");
        }
        if (value instanceof BigDecimal amount) {
            return messages.amount(amount);
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return thing(value, plan);
    }

    /** A value that is one of the plan's own kinds, or a list of them. */
    private String thing(Object value, Plan plan) {
        if (value instanceof Activity activity) {
            return messages.format("merge.value.activity", text(activity.title()), dates.dayAndTime(activity.start()),
                    DateTimeText.clock(activity.end()));
        }
        if (value instanceof Pillars pillars) {
            return messages.format("merge.value.pillars", pillars.anerkjennelse(), pillars.laering(),
                    pillars.engasjement());
        }
        if (value instanceof Cost cost) {
            return cost.planned() == null ? messages.get("merge.value.none") : messages.amount(cost.planned());
        }
        if (value instanceof Category category) {
            return messages.get("category." + category.key());
        }
        if (value instanceof Audience audience) {
            return messages.get("audience." + audience.key());
        }
        if (value instanceof Lane lane) {
            return text(lane.name());
        }
        if (value instanceof Task task) {
            return text(task.text());
        }
        if (value instanceof Idea idea) {
            return text(idea.title());
        }
        if (value instanceof RawJson raw) {
            return raw.text();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? messages.get("merge.value.empty")
                    : String.join(", ", list.stream().map(element -> value(element, "", plan)).toList());
        }
        return messages.get("merge.value.other");
    }

    private String text(String text) {
        return messages.format("merge.value.text", text);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A field's name in words; a field this program does not know by the name the file gives it. */
    private String fieldName(String field) {
        String key = switch (field) {
            case "title" -> "merge.field.title";
            case "organization" -> "merge.field.organization";
            case "cxDay" -> "merge.field.cxDay";
            case "firstDay" -> "merge.field.firstDay";
            case "lastDay" -> "merge.field.lastDay";
            case "dayStart" -> "merge.field.dayStart";
            case "dayEnd" -> "merge.field.dayEnd";
            case "timeZone" -> "merge.field.timeZone";
            case "currency" -> "merge.field.currency";
            case "budget" -> "merge.field.budget";
            case "lanes" -> "merge.field.lanes";
            case "communication" -> "merge.field.communication";
            case "lastYear" -> "merge.field.lastYear";
            case "history" -> "merge.field.history";
            case "name" -> "merge.field.name";
            case "ideaId" -> "merge.field.ideaId";
            case "start" -> "merge.field.start";
            case "end" -> "merge.field.end";
            case "pillars" -> "merge.field.pillars";
            case "responsible" -> "merge.field.responsible";
            case "location" -> "merge.field.location";
            case "notes" -> "merge.field.notes";
            case "evaluation" -> "merge.field.evaluation";
            case "expectedParticipants" -> "merge.field.expectedParticipants";
            case "cost" -> "merge.field.cost";
            case "text" -> "merge.field.text";
            case "owner" -> "merge.field.owner";
            case "due" -> "merge.field.due";
            case "done" -> "merge.field.done";
            case "category" -> "merge.field.category";
            case "summary" -> "merge.field.summary";
            case "durationMinutes" -> "merge.field.durationMinutes";
            case "audience" -> "merge.field.audience";
            case "preparation" -> "merge.field.preparation";
            case "whatWorked" -> "merge.field.whatWorked";
            case "learnings" -> "merge.field.learnings";
            case "documentation" -> "merge.field.documentation";
            case "nextYear" -> "merge.field.nextYear";
            default -> null;
        };
        return key == null ? text(field) : messages.get(key);
    }
}
