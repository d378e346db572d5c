package no.cxday.planner.storage;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Communication;
import no.cxday.planner.model.Cost;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.IdeaRating;
import no.cxday.planner.model.IdeaTask;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.LastYear;
import no.cxday.planner.model.Mix;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Review;
import no.cxday.planner.model.Task;
import no.cxday.planner.model.YearSummary;

/**
 * Writes a plan as pretty-printed JSON in the field order of docs/plan-format.md. Unknown fields follow
 * the known ones; an optional field the file left out stays out while it still has its default.
 */
final class PlanJsonWriter {

    /** Writes unknown fields back as they were, nulls included. */
    private static final Gson RAW = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    /** An amount with more decimals or zeros than this is written with an exponent, not a row of digits. */
    private static final int PLAIN_SCALE = 40;

    private final JsonWriter out;

    PlanJsonWriter(JsonWriter out) {
        this.out = out;
    }

    static String write(Plan plan) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.setIndent("  ");
            json.setSerializeNulls(true);
            new PlanJsonWriter(json).plan(plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    private void plan(Plan plan) throws IOException {
        Extras extras = plan.extras();
        out.beginObject();
        out.name("format").value(PlanJsonReader.FORMAT);
        out.name("schemaVersion").value(plan.schemaVersion());
        out.name("id").value(plan.id());
        out.name("title").value(plan.title());
        optional(extras, "organization", plan.organization(), "");
        out.name("cxDay").value(plan.cxDay().toString());
        out.name("firstDay").value(plan.firstDay().toString());
        out.name("lastDay").value(plan.lastDay().toString());
        out.name("dayStart").value(plan.dayStart().toString());
        out.name("dayEnd").value(plan.dayEnd().toString());
        optional(extras, "timeZone", plan.timeZone(), Plan.DEFAULT_TIME_ZONE);
        optional(extras, "currency", plan.currency(), Plan.DEFAULT_CURRENCY);
        if (!(extras.wasOmitted("budget") && plan.budget() == null)) {
            out.name("budget");
            amount(plan.budget());
        }
        out.name("lanes").beginArray();
        for (Lane lane : plan.lanes()) {
            lane(lane);
        }
        out.endArray();
        if (!(extras.wasOmitted("activities") && plan.activities().isEmpty())) {
            out.name("activities").beginArray();
            for (Activity activity : plan.activities()) {
                activity(activity);
            }
            out.endArray();
        }
        if (!(extras.wasOmitted("customIdeas") && plan.customIdeas().isEmpty())) {
            out.name("customIdeas").beginArray();
            for (Idea idea : plan.customIdeas()) {
                idea(idea);
            }
            out.endArray();
        }
        if (!(extras.wasOmitted("review") && plan.review().equals(Review.EMPTY))) {
            out.name("review");
            review(plan.review());
        }
        if (!(extras.wasOmitted("communication") && plan.communication() == null)) {
            out.name("communication");
            communication(plan.communication());
        }
        if (!(extras.wasOmitted("lastYear") && plan.lastYear() == null)) {
            out.name("lastYear");
            lastYear(plan.lastYear());
        }
        if (!(extras.wasOmitted("history") && plan.history().isEmpty())) {
            out.name("history").beginArray();
            for (YearSummary year : plan.history()) {
                year(year);
            }
            out.endArray();
        }
        endObject(extras);
    }

    void lane(Lane lane) throws IOException {
        out.beginObject();
        out.name("id").value(lane.id());
        out.name("name").value(lane.name());
        endObject(lane.extras());
    }

    void activity(Activity activity) throws IOException {
        Extras extras = activity.extras();
        out.beginObject();
        out.name("id").value(activity.id());
        if (!(extras.wasOmitted("ideaId") && activity.ideaId() == null)) {
            out.name("ideaId").value(activity.ideaId());
        }
        out.name("title").value(activity.title());
        out.name("laneId").value(activity.laneId());
        out.name("start").value(activity.start().toString());
        out.name("end").value(activity.end().toString());
        out.name("pillars");
        pillars(activity.pillars());
        optional(extras, "responsible", activity.responsible(), "");
        optional(extras, "location", activity.location(), "");
        optional(extras, "notes", activity.notes(), "");
        if (!(extras.wasOmitted("tasks") && activity.tasks().isEmpty())) {
            out.name("tasks").beginArray();
            for (Task task : activity.tasks()) {
                task(task);
            }
            out.endArray();
        }
        if (!(extras.wasOmitted("evaluation") && activity.evaluation() == null)) {
            out.name("evaluation");
            evaluation(activity.evaluation());
        }
        if (!(extras.wasOmitted("expectedParticipants") && activity.expectedParticipants() == null)) {
            out.name("expectedParticipants").value(activity.expectedParticipants());
        }
        if (!(extras.wasOmitted("cost") && activity.cost() == null)) {
            out.name("cost");
            cost(activity.cost());
        }
        endObject(extras);
    }

    void pillars(Pillars pillars) throws IOException {
        out.beginObject();
        out.name("anerkjennelse").value(pillars.anerkjennelse());
        out.name("laering").value(pillars.laering());
        out.name("engasjement").value(pillars.engasjement());
        endObject(pillars.extras());
    }

    void task(Task task) throws IOException {
        Extras extras = task.extras();
        out.beginObject();
        if (task.id() != null) {
            out.name("id").value(task.id());
        }
        out.name("text").value(task.text());
        optional(extras, "owner", task.owner(), "");
        if (!(extras.wasOmitted("due") && task.due() == null)) {
            out.name("due").value(dateOrNull(task.due()));
        }
        if (!(extras.wasOmitted("done") && !task.done())) {
            out.name("done").value(task.done());
        }
        endObject(extras);
    }

    void cost(Cost cost) throws IOException {
        if (cost == null) {
            out.nullValue();
            return;
        }
        Extras extras = cost.extras();
        out.beginObject();
        out.name("planned");
        amount(cost.planned());
        if (!(extras.wasOmitted("actual") && cost.actual() == null)) {
            out.name("actual");
            amount(cost.actual());
        }
        optional(extras, "note", cost.note(), "");
        endObject(extras);
    }

    /**
     * An amount with the digits it was read with ({@code 1500} stays {@code 1500}, {@code 1500.50}
     * stays {@code 1500.50}), in plain digits unless that would take more than a few dozen of them.
     */
    void amount(BigDecimal amount) throws IOException {
        if (amount == null) {
            out.nullValue();
        } else {
            out.jsonValue(Math.abs(amount.scale()) <= PLAIN_SCALE ? amount.toPlainString() : amount.toString());
        }
    }

    void evaluation(Evaluation evaluation) throws IOException {
        if (evaluation == null) {
            out.nullValue();
            return;
        }
        Extras extras = evaluation.extras();
        out.beginObject();
        out.name("held").value(evaluation.held());
        if (!(extras.wasOmitted("rating") && evaluation.rating() == null)) {
            out.name("rating").value(evaluation.rating());
        }
        if (!(extras.wasOmitted("participants") && evaluation.participants() == null)) {
            out.name("participants").value(evaluation.participants());
        }
        optional(extras, "notes", evaluation.notes(), "");
        endObject(extras);
    }

    void idea(Idea idea) throws IOException {
        Extras extras = idea.extras();
        out.beginObject();
        out.name("id").value(idea.id());
        out.name("category").value(idea.category().key());
        out.name("title").value(idea.title());
        optional(extras, "summary", idea.summary(), "");
        out.name("pillars");
        pillars(idea.pillars());
        out.name("durationMinutes").value(idea.durationMinutes());
        out.name("audience").value(idea.audience().key());
        if (!(extras.wasOmitted("preparation") && idea.preparation().isEmpty())) {
            out.name("preparation").beginArray();
            for (IdeaTask task : idea.preparation()) {
                ideaTask(task);
            }
            out.endArray();
        }
        endObject(extras);
    }

    void ideaTask(IdeaTask task) throws IOException {
        out.beginObject();
        out.name("text").value(task.text());
        out.name("daysBefore").value(task.daysBefore());
        endObject(task.extras());
    }

    void communication(Communication communication) throws IOException {
        if (communication == null) {
            out.nullValue();
            return;
        }
        Extras extras = communication.extras();
        out.beginObject();
        optional(extras, "message", communication.message(), "");
        optional(extras, "link", communication.link(), "");
        endObject(extras);
    }

    void review(Review review) throws IOException {
        Extras extras = review.extras();
        out.beginObject();
        optional(extras, "whatWorked", review.whatWorked(), "");
        strings(extras, "learnings", review.learnings());
        strings(extras, "documentation", review.documentation());
        optional(extras, "nextYear", review.nextYear(), "");
        endObject(extras);
    }

    void lastYear(LastYear lastYear) throws IOException {
        if (lastYear == null) {
            out.nullValue();
            return;
        }
        Extras extras = lastYear.extras();
        out.beginObject();
        out.name("planId").value(lastYear.planId());
        out.name("title").value(lastYear.title());
        out.name("cxDay").value(lastYear.cxDay().toString());
        mix(lastYear.mix(), lastYear.mixExtras());
        if (!(extras.wasOmitted("review") && lastYear.review().equals(Review.EMPTY))) {
            out.name("review");
            review(lastYear.review());
        }
        ideaRatings(extras, lastYear.ideaRatings());
        endObject(extras);
    }

    void year(YearSummary year) throws IOException {
        Extras extras = year.extras();
        out.beginObject();
        out.name("planId").value(year.planId());
        out.name("title").value(year.title());
        out.name("cxDay").value(year.cxDay().toString());
        mix(year.mix(), year.mixExtras());
        out.name("score").value(year.score());
        out.name("activities").value(year.activities());
        out.name("held").value(year.held());
        if (!(extras.wasOmitted("averageRating") && year.averageRating() == null)) {
            out.name("averageRating").value(year.averageRating());
        }
        out.name("participants").value(year.participants());
        out.name("plannedCost");
        amount(year.plannedCost());
        if (!(extras.wasOmitted("actualCost") && year.actualCost() == null)) {
            out.name("actualCost");
            amount(year.actualCost());
        }
        ideaRatings(extras, year.ideaRatings());
        endObject(extras);
    }

    private void mix(Mix mix, Extras mixExtras) throws IOException {
        out.name("mix").beginObject();
        out.name("anerkjennelse").value(mix.anerkjennelse());
        out.name("laering").value(mix.laering());
        out.name("engasjement").value(mix.engasjement());
        endObject(mixExtras);
    }

    private void ideaRatings(Extras extras, Map<String, IdeaRating> ratings) throws IOException {
        if (extras.wasOmitted("ideaRatings") && ratings.isEmpty()) {
            return;
        }
        out.name("ideaRatings").beginObject();
        for (Map.Entry<String, IdeaRating> entry : ratings.entrySet()) {
            IdeaRating rating = entry.getValue();
            out.name(entry.getKey()).beginObject();
            out.name("held").value(rating.held());
            if (!(rating.extras().wasOmitted("averageRating") && rating.averageRating() == null)) {
                out.name("averageRating").value(rating.averageRating());
            }
            endObject(rating.extras());
        }
        out.endObject();
    }

    private void optional(Extras extras, String name, String value, String defaultValue) throws IOException {
        if (!(extras.wasOmitted(name) && value.equals(defaultValue))) {
            out.name(name).value(value);
        }
    }

    private void strings(Extras extras, String name, List<String> values) throws IOException {
        if (extras.wasOmitted(name) && values.isEmpty()) {
            return;
        }
        out.name(name).beginArray();
        for (String value : values) {
            out.value(value);
        }
        out.endArray();
    }

    /** Writes the unknown fields back, as they were read, and closes the object. */
    private void endObject(Extras extras) throws IOException {
        for (Map.Entry<String, String> field : extras.unknown().entrySet()) {
            out.name(field.getKey());
            RAW.toJson(JsonParser.parseString(field.getValue()), out);
        }
        out.endObject();
    }

    private static String dateOrNull(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
