package no.cxday.planner.storage;

import com.google.gson.JsonElement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Audience;
import no.cxday.planner.model.Category;
import no.cxday.planner.model.Communication;
import no.cxday.planner.model.Cost;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.IdeaRating;
import no.cxday.planner.model.IdeaTask;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.LastYear;
import no.cxday.planner.model.Mix;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Problem;
import no.cxday.planner.model.Review;
import no.cxday.planner.model.Task;

/** Builds a {@link Plan} from a parsed JSON tree, checking the type of every field on the way. */
final class PlanJsonReader {

    static final String FORMAT = "cxday-plan";

    private PlanJsonReader() {
    }

    static Plan read(JsonElement root) throws ProblemException {
        if (!root.isJsonObject()) {
            throw new ProblemException(new Problem("", "problem.notAPlan"));
        }
        JsonFields fields = JsonFields.of(root, JsonPath.ROOT);
        JsonElement format = root.getAsJsonObject().get("format");
        if (format == null || !format.isJsonPrimitive() || !FORMAT.equals(format.getAsString())) {
            throw new ProblemException(new Problem("format", "problem.notAPlan"));
        }
        fields.string("format");
        int schemaVersion = fields.integer("schemaVersion");
        if (schemaVersion < 1) {
            throw new ProblemException(new Problem("schemaVersion", "problem.badSchemaVersion", schemaVersion));
        }
        return new Plan(schemaVersion, fields.string("id"), fields.string("title"),
                fields.optionalString("organization"), fields.date("cxDay"), fields.date("firstDay"),
                fields.date("lastDay"), fields.time("dayStart"), fields.time("dayEnd"), timeZone(fields),
                fields.optionalString("currency", Plan.DEFAULT_CURRENCY), fields.nullableDecimal("budget"),
                fields.list("lanes", true, PlanJsonReader::lane),
                fields.list("activities", false, PlanJsonReader::activity),
                fields.list("customIdeas", false, PlanJsonReader::idea),
                review(fields.nullableObject("review", false)),
                communication(fields.nullableObject("communication", false)),
                lastYear(fields.nullableObject("lastYear", false)),
                fields.list("history", false, HistoryJsonReader::year),
                fields.extras());
    }

    private static String timeZone(JsonFields fields) throws ProblemException {
        String zone = fields.optionalString("timeZone");
        return zone.isEmpty() ? Plan.DEFAULT_TIME_ZONE : zone;
    }

    private static Lane lane(JsonElement element, JsonPath path) throws ProblemException {
        JsonFields fields = JsonFields.of(element, path);
        return new Lane(fields.string("id"), fields.string("name"), fields.extras());
    }

    private static Activity activity(JsonElement element, JsonPath path) throws ProblemException {
        JsonFields fields = JsonFields.of(element, path);
        return new Activity(fields.string("id"), fields.nullableString("ideaId"), fields.string("title"),
                fields.string("laneId"), fields.dateTime("start"), fields.dateTime("end"),
                pillars(fields.object("pillars")), fields.optionalString("responsible"),
                fields.optionalString("location"), fields.optionalString("notes"),
                fields.list("tasks", false, PlanJsonReader::task),
                evaluation(fields.nullableObject("evaluation", false)), fields.nullableInteger("expectedParticipants"),
                cost(fields.nullableObject("cost", false)), fields.extras());
    }

    static Pillars pillars(JsonFields fields) throws ProblemException {
        return new Pillars(fields.integer("anerkjennelse"), fields.integer("laering"), fields.integer("engasjement"),
                fields.extras());
    }

    private static Task task(JsonElement element, JsonPath path) throws ProblemException {
        JsonFields fields = JsonFields.of(element, path);
        return new Task(fields.stringOrNull("id"), fields.string("text"), fields.optionalString("owner"),
                fields.nullableDate("due"), fields.optionalBool("done"), fields.extras());
    }

    private static Cost cost(JsonFields fields) throws ProblemException {
        if (fields == null) {
            return null;
        }
        return new Cost(fields.decimal("planned"), fields.nullableDecimal("actual"), fields.optionalString("note"),
                fields.extras());
    }

    private static Evaluation evaluation(JsonFields fields) throws ProblemException {
        if (fields == null) {
            return null;
        }
        return new Evaluation(fields.bool("held"), fields.nullableInteger("rating"),
                fields.nullableInteger("participants"), fields.optionalString("notes"), fields.extras());
    }

    private static Idea idea(JsonElement element, JsonPath path) throws ProblemException {
        JsonFields fields = JsonFields.of(element, path);
        String id = fields.string("id");
        String categoryKey = fields.string("category");
        Category category = Category.fromKey(categoryKey).orElseThrow(() -> new ProblemException(
                new Problem(fields.pathOf("category").toString(), "problem.unknownCategory", categoryKey)));
        String title = fields.string("title");
        String summary = fields.optionalString("summary");
        Pillars pillars = pillars(fields.object("pillars"));
        int duration = fields.integer("durationMinutes");
        String audienceKey = fields.string("audience");
        Audience audience = Audience.fromKey(audienceKey).orElseThrow(() -> new ProblemException(
                new Problem(fields.pathOf("audience").toString(), "problem.unknownAudience", audienceKey)));
        List<IdeaTask> preparation = fields.list("preparation", false, PlanJsonReader::ideaTask);
        return new Idea(id, category, title, summary, pillars, duration, audience, preparation, fields.extras());
    }

    private static IdeaTask ideaTask(JsonElement element, JsonPath path) throws ProblemException {
        JsonFields fields = JsonFields.of(element, path);
        return new IdeaTask(fields.string("text"), fields.integer("daysBefore"), fields.extras());
    }

    private static Communication communication(JsonFields fields) throws ProblemException {
        if (fields == null) {
            return null;
        }
        return new Communication(fields.optionalString("message"), fields.optionalString("link"), fields.extras());
    }

    private static Review review(JsonFields fields) throws ProblemException {
        if (fields == null) {
            return Review.EMPTY;
        }
        return new Review(fields.optionalString("whatWorked"), strings(fields, "learnings"),
                strings(fields, "documentation"), fields.optionalString("nextYear"), fields.extras());
    }

    private static List<String> strings(JsonFields fields, String name) throws ProblemException {
        return fields.list(name, false, JsonFields::asString);
    }

    private static LastYear lastYear(JsonFields fields) throws ProblemException {
        if (fields == null) {
            return null;
        }
        String planId = fields.string("planId");
        String title = fields.string("title");
        LocalDate cxDay = fields.date("cxDay");
        JsonFields mixFields = fields.object("mix");
        Mix mix = HistoryJsonReader.mix(mixFields);
        Review review = review(fields.nullableObject("review", false));
        Map<String, IdeaRating> ideaRatings = HistoryJsonReader.ideaRatings(fields);
        return new LastYear(planId, title, cxDay, mix, mixFields.extras(), review, ideaRatings, fields.extras());
    }
}
