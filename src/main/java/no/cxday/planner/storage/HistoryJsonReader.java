package no.cxday.planner.storage;

import com.google.gson.JsonElement;
import java.time.LocalDate;
import java.util.Map;
import no.cxday.planner.model.IdeaRating;
import no.cxday.planner.model.Mix;
import no.cxday.planner.model.YearSummary;

/**
 * Reads what a plan keeps of earlier years: the mix and idea ratings of {@code lastYear}, and each
 * year of {@code history}.
 */
final class HistoryJsonReader {

    private HistoryJsonReader() {
    }

    static YearSummary year(JsonElement element, JsonPath path) throws ProblemException {
        JsonFields fields = JsonFields.of(element, path);
        String planId = fields.string("planId");
        String title = fields.string("title");
        LocalDate cxDay = fields.date("cxDay");
        JsonFields mixFields = fields.object("mix");
        Mix mix = mix(mixFields);
        return new YearSummary(planId, title, cxDay, mix, mixFields.extras(), fields.integer("score"),
                fields.integer("activities"), fields.integer("held"), fields.nullableNumber("averageRating"),
                fields.integer("participants"), fields.decimal("plannedCost"), fields.nullableDecimal("actualCost"),
                ideaRatings(fields), fields.extras());
    }

    static Mix mix(JsonFields fields) throws ProblemException {
        return new Mix(fields.number("anerkjennelse"), fields.number("laering"), fields.number("engasjement"));
    }

    /** The optional {@code ideaRatings} of {@code fields}: missing or null reads as none. */
    static Map<String, IdeaRating> ideaRatings(JsonFields fields) throws ProblemException {
        JsonFields ratings = fields.nullableObject("ideaRatings", false);
        return ratings == null ? Map.of() : ratings.map(HistoryJsonReader::ideaRating);
    }

    private static IdeaRating ideaRating(JsonElement element, JsonPath path) throws ProblemException {
        JsonFields fields = JsonFields.of(element, path);
        return new IdeaRating(fields.integer("held"), fields.nullableNumber("averageRating"), fields.extras());
    }
}
