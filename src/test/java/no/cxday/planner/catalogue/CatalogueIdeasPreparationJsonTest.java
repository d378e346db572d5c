package no.cxday.planner.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The preparation tasks of the built-in ideas as the resource holds them (issue 17): read straight
 * from ideas.json, so the data is checked whether or not the catalogue reader uses the field yet.
 */
class CatalogueIdeasPreparationJsonTest {

    private static final int LATEST_FOLLOW_UP = -60;
    private static final int EARLIEST_TASK = 365;
    private static final int LONGEST_TEXT = 90;

    private static JsonArray ideas() throws IOException {
        try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.RESOURCE)) {
            assertNotNull(in, "ideas.json is on the class path");
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return JsonParser.parseReader(reader).getAsJsonObject().getAsJsonArray("ideas");
            }
        }
    }

    private static Map<String, JsonArray> preparationById() throws IOException {
        Map<String, JsonArray> byId = new HashMap<>();
        for (JsonElement element : ideas()) {
            JsonObject idea = element.getAsJsonObject();
            byId.put(idea.get("id").getAsString(), idea.getAsJsonArray("preparation"));
        }
        return byId;
    }

    @Test
    void everyIdeaHasAtLeastOneTaskRightAfterItsAudience() throws IOException {
        for (JsonElement element : ideas()) {
            JsonObject idea = element.getAsJsonObject();
            String id = idea.get("id").getAsString();
            List<String> fields = new ArrayList<>(idea.keySet());
            int audience = fields.indexOf("audience");
            assertTrue(audience >= 0 && audience + 1 < fields.size(), id);
            assertEquals("preparation", fields.get(audience + 1), id);
            assertTrue(idea.get("preparation").isJsonArray(), id);
            assertFalse(idea.getAsJsonArray("preparation").isEmpty(), id + " has a preparation task");
        }
    }

    @Test
    void everyTaskHasTextInBothLanguagesAndAWholeNumberOfDaysInRange() throws IOException {
        for (Map.Entry<String, JsonArray> entry : preparationById().entrySet()) {
            for (JsonElement element : entry.getValue()) {
                JsonObject task = element.getAsJsonObject();
                String where = entry.getKey() + ": " + task;
                assertEquals(2, task.size(), where);
                JsonObject text = task.getAsJsonObject("text");
                assertEquals(2, text.size(), where);
                for (String language : List.of("nb", "en")) {
                    String value = text.get(language).getAsString();
                    assertFalse(value.isBlank(), where);
                    assertEquals(value.strip(), value, where);
                    assertTrue(value.length() <= LONGEST_TEXT, where);
                }
                assertFalse(text.get("nb").getAsString().equals(text.get("en").getAsString()), where);
                JsonPrimitive days = task.getAsJsonPrimitive("daysBefore");
                assertTrue(days.isNumber(), where);
                assertTrue(days.getAsBigDecimal().stripTrailingZeros().scale() <= 0, where);
                int daysBefore = days.getAsInt();
                assertTrue(daysBefore >= LATEST_FOLLOW_UP && daysBefore <= EARLIEST_TASK, where);
            }
        }
    }

    @Test
    void theExamplesOfTheIssueAreThere() throws IOException {
        Map<String, JsonArray> byId = preparationById();

        assertTrue(hasTaskDue(byId.get("kunde-panel"), 21), "customers are invited to the panel three weeks before");
        assertTrue(hasTaskDue(byId.get("cx-hero-awards"), 14), "nominations are collected two weeks before");
        boolean followUp = false;
        for (JsonElement task : byId.get("cx-shark-tank")) {
            followUp |= task.getAsJsonObject().get("daysBefore").getAsInt() < 0;
        }
        assertTrue(followUp, "the Shark Tank has a follow-up after the day");
    }

    private static boolean hasTaskDue(JsonArray tasks, int daysBefore) {
        for (JsonElement task : tasks) {
            if (task.getAsJsonObject().get("daysBefore").getAsInt() == daysBefore) {
                return true;
            }
        }
        return false;
    }
}
