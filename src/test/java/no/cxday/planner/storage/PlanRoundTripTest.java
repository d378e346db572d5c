package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanRoundTripTest {

    @TempDir
    Path dir;

    private Path saveAgain(String fixture) throws Exception {
        Path source = dir.resolve("source.cxplan.json");
        Files.writeString(source, PlanFixtures.text(fixture));
        Path target = dir.resolve("saved.cxplan.json");
        PlanWriter.save(PlanReader.read(source), target);
        return target;
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.cxplan.json", "unknown-fields.cxplan.json", "preparation.cxplan.json"})
    void openingAndSavingGivesTheSameJsonTreeWithAnIdForEachTaskThatHadNone(String fixture) throws Exception {
        Path saved = saveAgain(fixture);

        JsonObject expected = JsonParser.parseString(PlanFixtures.text(fixture)).getAsJsonObject();
        int given = 0;
        for (JsonElement activity : expected.getAsJsonArray("activities")) {
            for (JsonElement task : activity.getAsJsonObject().getAsJsonArray("tasks")) {
                if (!task.getAsJsonObject().has("id")) {
                    task.getAsJsonObject().addProperty("id", "t-" + ++given);
                }
            }
        }
        JsonElement actual = JsonParser.parseString(Files.readString(saved, StandardCharsets.UTF_8));
        assertEquals(expected, actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.cxplan.json", "unknown-fields.cxplan.json", "preparation.cxplan.json"})
    void writingAPlanAsItIsGivesTheSameJsonTree(String fixture) throws Exception {
        Path source = dir.resolve("source.cxplan.json");
        Files.writeString(source, PlanFixtures.text(fixture));

        assertEquals(JsonParser.parseString(PlanFixtures.text(fixture)),
                JsonParser.parseString(PlanWriter.toJson(PlanReader.read(source))));
    }

    @Test
    void unknownFieldsAreKeptAtEveryLevel() throws Exception {
        JsonObject saved = JsonParser.parseString(Files.readString(saveAgain("unknown-fields.cxplan.json")))
                .getAsJsonObject();
        JsonObject activity = saved.getAsJsonArray("activities").get(0).getAsJsonObject();

        assertTrue(saved.has("futureTop"));
        assertTrue(saved.getAsJsonArray("lanes").get(0).getAsJsonObject().has("colour"));
        assertTrue(activity.has("colourHint"));
        assertTrue(activity.getAsJsonObject("pillars").has("baerekraft"));
        assertTrue(activity.getAsJsonArray("tasks").get(0).getAsJsonObject().has("assignee"));
        assertTrue(activity.getAsJsonObject("evaluation").has("photos"));
        assertTrue(saved.getAsJsonArray("customIdeas").get(0).getAsJsonObject().has("icon"));
        assertTrue(saved.getAsJsonObject("review").has("rating"));
        assertTrue(saved.getAsJsonObject("lastYear").has("source"));
        assertTrue(saved.getAsJsonObject("lastYear").getAsJsonObject("mix").has("other"));
        assertTrue(saved.getAsJsonObject("lastYear").getAsJsonObject("ideaRatings")
                .getAsJsonObject("kake-og-kaffe").has("comment"));
    }

    @Test
    void theFileIsPrettyPrintedUtf8WithoutAByteOrderMarkInTheFieldOrderOfThePlanFormat() throws Exception {
        byte[] bytes = Files.readAllBytes(saveAgain("unknown-fields.cxplan.json"));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertFalse(bytes[0] == (byte) 0xEF, "no byte-order mark");
        assertTrue(text.startsWith("{\n  \"format\": \"cxday-plan\",\n  \"schemaVersion\": 1,\n"), text);
        assertTrue(text.contains("\"title\": \"CX-dagen 2027 🎉 «Kunden først»\""), "characters written as they are");
        List<String> names = new ArrayList<>(JsonParser.parseString(text).getAsJsonObject().keySet());
        assertEquals(List.of("format", "schemaVersion", "id", "title", "organization", "cxDay", "firstDay", "lastDay",
                "dayStart", "dayEnd", "timeZone", "lanes", "activities", "customIdeas", "review", "lastYear",
                "futureTop"), names);
    }

    @Test
    void optionalFieldsAFileLeftOutStayOutButAnEditedOneIsWritten() throws Exception {
        JsonObject minimal = PlanFixtures.example();
        minimal.remove("organization");
        minimal.remove("review");
        Path source = dir.resolve("minimal.cxplan.json");
        Files.writeString(source, minimal.toString());
        Plan plan = PlanReader.read(source);

        assertEquals(minimal, JsonParser.parseString(PlanWriter.toJson(plan)));

        Plan edited = new Plan(plan.schemaVersion(), plan.id(), plan.title(), "Eksempel AS", plan.cxDay(),
                plan.firstDay(), plan.lastDay(), plan.dayStart(), plan.dayEnd(), plan.timeZone(),
                Plan.DEFAULT_CURRENCY, null, plan.lanes(),
                plan.activities(), plan.customIdeas(), plan.review(), null, plan.lastYear(), List.of(), plan.extras());
        assertEquals("Eksempel AS",
                JsonParser.parseString(PlanWriter.toJson(edited)).getAsJsonObject().get("organization").getAsString());
    }

    @Test
    void aSavedPlanReadsBackAsAnEqualPlan() throws Exception {
        Path source = dir.resolve("source.cxplan.json");
        Files.writeString(source, PlanFixtures.text("unknown-fields.cxplan.json"));
        Plan plan = PlanReader.read(source);
        Path target = dir.resolve("again.cxplan.json");

        Plan saved = PlanWriter.save(plan, target);

        assertEquals(saved, PlanReader.read(target));
    }
}
