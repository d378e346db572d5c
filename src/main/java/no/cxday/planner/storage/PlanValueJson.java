package no.cxday.planner.storage;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Communication;
import no.cxday.planner.model.Cost;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.IdeaTask;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.LastYear;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Review;
import no.cxday.planner.model.Task;
import no.cxday.planner.model.YearSummary;

/**
 * One value of a plan (a field's value, or an object such as an activity) as the plan file writes
 * it, on one line: {@code "Kake og kaffe"}, {@code "2026-10-06T08:30"}, {@code 1500.50},
 * {@code {"anerkjennelse":1,"laering":0,"engasjement":2}}.
 */
public final class PlanValueJson {

    private PlanValueJson() {
    }

    public static String of(Object value) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setSerializeNulls(true);
            write(json, new PlanJsonWriter(json), value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(JsonWriter json, PlanJsonWriter plan, Object value) throws IOException {
        if (value == null) {
            json.nullValue();
        } else if (value instanceof String text) {
            json.value(text);
        } else if (value instanceof Boolean flag) {
            json.value(flag);
        } else if (value instanceof BigDecimal amount) {
            plan.amount(amount);
        } else if (value instanceof Number number) {
            json.value(number);
        } else if (value instanceof TemporalAccessor time) {
            json.value(time.toString());
        } else if (value instanceof Category category) {
            json.value(category.key());
        } else if (value instanceof Audience audience) {
            json.value(audience.key());
        } else if (value instanceof List<?> list) {
            json.beginArray();
            for (Object item : list) {
                write(json, plan, item);
            }
            json.endArray();
        } else {
            object(plan, value);
        }
    }

    private static void object(PlanJsonWriter plan, Object value) throws IOException {
        if (value instanceof Lane lane) {
            plan.lane(lane);
        } else if (value instanceof Activity activity) {
            plan.activity(activity);
        } else if (value instanceof Task task) {
            plan.task(task);
        } else if (value instanceof Idea idea) {
            plan.idea(idea);
        } else if (value instanceof IdeaTask task) {
            plan.ideaTask(task);
        } else if (value instanceof Pillars pillars) {
            plan.pillars(pillars);
        } else if (value instanceof Evaluation evaluation) {
            plan.evaluation(evaluation);
        } else if (value instanceof Cost cost) {
            plan.cost(cost);
        } else if (value instanceof Communication communication) {
            plan.communication(communication);
        } else if (value instanceof Review review) {
            plan.review(review);
        } else if (value instanceof LastYear lastYear) {
            plan.lastYear(lastYear);
        } else if (value instanceof YearSummary year) {
            plan.year(year);
        } else {
            throw new IllegalArgumentException("Not a value of a plan: " + value.getClass().getName());
        }
    }
}
