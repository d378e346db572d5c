package no.cxday.planner.merge;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.PlanRules;
import no.cxday.planner.model.PlanSettings;
import no.cxday.planner.model.Review;
import no.cxday.planner.model.Task;

/**
 * Plans for the merge tests, made repeatably from a seed, and random edits of them as the window
 * would make them (each edit leaves a plan that keeps every rule of the format).
 */
final class GeneratedPlans {

    static final LocalDate CX_DAY = LocalDate.of(2026, 10, 6);

    private final Random random;

    GeneratedPlans(long seed) {
        random = new Random(seed);
    }

    /** Three days, three lanes, {@code count} activities with tasks (some without an id), a review and a custom idea. */
    Plan plan(int count) {
        Plan plan = Plan.blank("CX-dagen 2026", CX_DAY, new Lane("kantina", "Kantina"));
        plan = PlanEdits.addLane(plan, new Lane("digitalt", "Teams / digitalt"));
        plan = PlanEdits.addLane(plan, new Lane("moterom", "Møterom 1"));
        plan = plan.withSettings(new PlanSettings(plan.title(), "Eksempel AS", CX_DAY, CX_DAY.minusDays(1),
                CX_DAY.plusDays(1), plan.dayStart(), plan.dayEnd(), plan.timeZone()));
        List<Activity> activities = new ArrayList<>();
        int taskNumber = 1;
        for (int i = 1; i <= count; i++) {
            List<Task> tasks = new ArrayList<>();
            for (int t = 0; t < i % 3; t++) {
                String id = i % 4 == 0 ? null : "t-" + taskNumber++;
                tasks.add(new Task(id, "Oppgave " + i + "." + t, t == 0 ? "" : "Ola", CX_DAY.minusDays(t + 1), false,
                        Extras.NONE));
            }
            LocalDateTime start = CX_DAY.plusDays(i % 3 - 1).atTime(8, 0).plusMinutes(15L * (i % 20));
            activities.add(new Activity("a-" + i, i % 2 == 0 ? "kake-og-kaffe" : null, "Aktivitet " + i,
                    plan.lanes().get(i % 3).id(), start, start.plusMinutes(45), new Pillars(i % 4, (i + 1) % 4,
                    (i + 2) % 4), "Kari", "Rom " + i, "", tasks, null, null, null,
                    i % 5 == 0 ? unknown(Extras.NONE, "colour", "\"blå\"") : Extras.NONE));
        }
        Idea idea = new Idea("quiz-1", Category.EGNE, "Quiz", "", new Pillars(0, 2, 2), 30, Audience.ANSATTE,
                List.of(), Extras.NONE);
        return plan.withActivities(activities).withCustomIdeas(List.of(idea))
                .withReview(new Review("Kaken", List.of("Mer tid"), List.of(), "Flere kunder", Extras.NONE));
    }

    /** {@code count} random edits of the plan, one after another. */
    Plan edited(Plan plan, int count) {
        for (int i = 0; i < count; i++) {
            plan = edit(plan);
            if (PlanRules.firstProblem(plan).isPresent()) {
                throw new AssertionError("An edit broke a rule: " + PlanRules.firstProblem(plan).get());
            }
        }
        return plan;
    }

    private Plan edit(Plan plan) {
        List<Activity> activities = plan.activities();
        if (activities.isEmpty() && random.nextInt(2) == 0) {
            return addActivity(plan);
        }
        String id = activities.isEmpty() ? null : activities.get(random.nextInt(activities.size())).id();
        int kind = random.nextInt(22);
        if (id == null && kind < 10) {
            kind = 10 + random.nextInt(12);
        }
        return switch (kind) {
            case 0 -> PlanEdits.update(plan, id, a -> a.withDetails("Tittel " + random.nextInt(1000), a.pillars(),
                    a.responsible(), a.location(), a.notes(), a.tasks()));
            case 1 -> PlanEdits.update(plan, id, a -> {
                LocalDateTime start = startIn(plan);
                return a.placed(a.laneId(), start, start.plusMinutes(a.minutes()));
            });
            case 2 -> PlanEdits.update(plan, id, a -> a.placed(a.laneId(), a.start(),
                    a.start().plusMinutes(15L * (1 + random.nextInt(8)))));
            case 3 -> PlanEdits.update(plan, id, a -> a.placed(lane(plan), a.start(), a.end()));
            case 4 -> PlanEdits.update(plan, id, a -> a.withTasks(changedTask(a.tasks(), t -> t.withDone(!t.done()))));
            case 5 -> PlanEdits.update(plan, id, a -> a.withTasks(changedTask(a.tasks(),
                    t -> t.withText("Gjøre " + random.nextInt(1000)))));
            case 6 -> PlanEdits.update(plan, id, a -> a.withTasks(withAdded(a.tasks(), newTask(plan))));
            case 7 -> PlanEdits.update(plan, id, a -> a.withTasks(withoutOne(a.tasks())));
            case 8 -> PlanEdits.remove(plan, id);
            case 9 -> PlanEdits.update(plan, id, a -> a.withEvaluation(new Evaluation(true, 1 + random.nextInt(5),
                    random.nextInt(100), "", Extras.NONE)));
            case 10 -> addActivity(plan);
            case 11 -> {
                String name = "Spor " + random.nextInt(100);
                yield PlanEdits.addLane(plan, new Lane(PlanEdits.newLaneId(plan, name), name));
            }
            case 12 -> PlanEdits.renameLane(plan, lane(plan), "Rom " + random.nextInt(100));
            case 13 -> PlanEdits.removeLane(plan, lane(plan));
            case 14 -> PlanEdits.moveLane(plan, lane(plan), random.nextBoolean() ? 1 : -1);
            case 15 -> plan.withReview(new Review("Det virket " + random.nextInt(100), plan.review().learnings(),
                    plan.review().documentation(), plan.review().nextYear(), plan.review().extras()));
            case 16 -> plan.withReview(new Review(plan.review().whatWorked(),
                    withAdded(plan.review().learnings(), "Lærte " + random.nextInt(100)), plan.review().documentation(),
                    "Neste år " + random.nextInt(100), plan.review().extras()));
            case 17 -> plan.withSettings(new PlanSettings("CX-dagen " + random.nextInt(100), plan.organization(),
                    plan.cxDay(), plan.firstDay(), plan.lastDay(), plan.dayStart(),
                    random.nextBoolean() ? LocalTime.of(16, 0) : LocalTime.of(17, 0), plan.timeZone()));
            case 18 -> id == null ? plan : PlanEdits.update(plan, id, a -> new Activity(a.id(), a.ideaId(), a.title(),
                    a.laneId(), a.start(), a.end(), a.pillars(), a.responsible(), a.location(), a.notes(), a.tasks(),
                    a.evaluation(), a.expectedParticipants(), a.cost(),
                    unknown(a.extras(), "colour", "\"#" + random.nextInt(1000) + "\"")));
            case 19 -> withPlanExtras(plan, unknown(plan.extras(), "sponsor", "{\"name\":\"S" + random.nextInt(9) + "\"}"));
            case 20 -> {
                Idea idea = plan.customIdeas().isEmpty() ? null : plan.customIdeas().get(0);
                yield idea == null ? plan : plan.withCustomIdeas(List.of(new Idea(idea.id(), idea.category(),
                        "Quiz " + random.nextInt(100), idea.summary(), idea.pillars(), idea.durationMinutes(),
                        idea.audience(), idea.preparation(), idea.extras())));
            }
            default -> id == null ? plan : PlanEdits.update(plan, id, a -> a.withDetails(a.title(), a.pillars(),
                    "Per " + random.nextInt(10), a.location(), a.notes(), a.tasks()));
        };
    }

    private Plan addActivity(Plan plan) {
        LocalDateTime start = startIn(plan);
        return PlanEdits.add(plan, new Activity(PlanEdits.newActivityId(plan), null, "Ny " + random.nextInt(1000),
                lane(plan), start, start.plusMinutes(30), new Pillars(1, 1, 1), "", "", "",
                random.nextBoolean() ? List.of(newTask(plan)) : List.of(), null, null, null, Extras.NONE));
    }

    private LocalDateTime startIn(Plan plan) {
        return plan.firstDay().plusDays(random.nextInt(plan.days().size())).atTime(8, 0)
                .plusMinutes(15L * random.nextInt(29));
    }

    private String lane(Plan plan) {
        return plan.lanes().get(random.nextInt(plan.lanes().size())).id();
    }

    /** A new task as the window makes it (no id) or as a save left it (the next free {@code t-N}). */
    private Task newTask(Plan plan) {
        Set<String> ids = new HashSet<>();
        plan.activities().forEach(a -> a.tasks().forEach(t -> ids.add(t.id())));
        String id = random.nextInt(3) == 0 ? null : PlanEdits.freeId("t", ids);
        return new Task(id, "Ny oppgave " + random.nextInt(100_000), "", null, false, Extras.NONE);
    }

    private List<Task> changedTask(List<Task> tasks, UnaryOperator<Task> change) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        List<Task> changed = new ArrayList<>(tasks);
        int i = random.nextInt(tasks.size());
        changed.set(i, change.apply(tasks.get(i)));
        return changed;
    }

    private <T> List<T> withoutOne(List<T> list) {
        if (list.isEmpty()) {
            return list;
        }
        List<T> shorter = new ArrayList<>(list);
        shorter.remove(random.nextInt(list.size()));
        return shorter;
    }

    private static <T> List<T> withAdded(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }

    static Extras unknown(Extras extras, String name, String json) {
        Map<String, String> unknown = new LinkedHashMap<>(extras.unknown());
        unknown.put(name, json);
        return new Extras(unknown, extras.omitted());
    }

    static Plan withPlanExtras(Plan p, Extras extras) {
        return new Plan(p.schemaVersion(), p.id(), p.title(), p.organization(), p.cxDay(), p.firstDay(), p.lastDay(),
                p.dayStart(), p.dayEnd(), p.timeZone(), p.currency(), p.budget(), p.lanes(), p.activities(),
                p.customIdeas(), p.review(), p.communication(), p.lastYear(), p.history(), extras);
    }
}
