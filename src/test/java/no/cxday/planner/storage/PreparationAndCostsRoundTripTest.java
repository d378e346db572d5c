package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional fields of preparation, costs and history, through a read and a save. */
class PreparationAndCostsRoundTripTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, PlanFixtures.text(name));
        return file;
    }

    private static List<Task> tasks(Plan plan) {
        return plan.activities().stream().flatMap(a -> a.tasks().stream()).toList();
    }

    @Test
    void ownersIdsCostsHistoryAndTheirUnknownFieldsAreReadAndWrittenBack() throws Exception {
        Plan plan = PlanReader.read(fixture("preparation.cxplan.json"));
        Activity cake = plan.activities().get(0);

        assertEquals("SEK", plan.currency());
        assertEquals(new BigDecimal("25000.5"), plan.budget());
        assertEquals("kake-bestille", cake.tasks().get(0).id());
        assertEquals("Ola", cake.tasks().get(0).owner());
        assertNull(cake.tasks().get(2).id(), "a task without an id reads as none yet");
        assertEquals(80, cake.expectedParticipants());
        assertEquals(new BigDecimal("1620.50"), cake.cost().actual());
        assertEquals(-1, plan.customIdeas().get(0).preparation().get(1).daysBefore());
        assertEquals("https://intranett.example.org/cx-dagen", plan.communication().link());
        assertEquals(9, plan.history().get(0).held());

        JsonObject written = JsonParser.parseString(PlanWriter.toJson(plan)).getAsJsonObject();
        JsonObject writtenCake = written.getAsJsonArray("activities").get(0).getAsJsonObject();
        assertEquals("Kari", writtenCake.getAsJsonArray("tasks").get(0).getAsJsonObject().get("assignedBy")
                .getAsString());
        assertEquals("F-1023", writtenCake.getAsJsonObject("cost").get("invoice").getAsString());
        assertEquals("butikken", written.getAsJsonArray("customIdeas").get(0).getAsJsonObject()
                .getAsJsonArray("preparation").get(0).getAsJsonObject().get("where").getAsString());
        assertEquals("#000000", written.getAsJsonObject("communication").get("qrColour").getAsString());
        JsonObject year = written.getAsJsonArray("history").get(0).getAsJsonObject();
        assertEquals(12, year.get("photos").getAsInt());
        assertEquals(0, year.getAsJsonObject("mix").get("other").getAsInt());
    }

    @Test
    void anAmountIsWrittenWithTheDigitsItWasReadWith() throws Exception {
        String text = PlanWriter.toJson(PlanReader.read(fixture("preparation.cxplan.json")));

        assertTrue(text.contains("\"budget\": 25000.5,"), text);
        assertTrue(text.contains("\"planned\": 1500,"), "1500 stays 1500, not 1500.0");
        assertTrue(text.contains("\"actual\": 1620.50,"), "the trailing zero is kept");
        assertTrue(text.contains("\"planned\": 0,"), text);
        assertTrue(text.contains("\"actualCost\": 19250.75,"), text);
    }

    @Test
    void anAmountWrittenWithAnExponentIsSavedInPlainDigits() throws Exception {
        JsonObject plan = PlanFixtures.example();
        plan.add("budget", JsonParser.parseString("1.5e3"));
        Path file = dir.resolve("exponent.cxplan.json");
        Files.writeString(file, plan.toString());

        String text = PlanWriter.toJson(PlanReader.read(file));

        assertTrue(text.contains("\"budget\": 1500,"), text);
    }

    @Test
    void theNewFieldsAFileLeftOutStayOut() throws Exception {
        JsonObject saved = JsonParser.parseString(PlanWriter.toJson(PlanReader.read(fixture("example.cxplan.json"))))
                .getAsJsonObject();
        JsonObject activity = saved.getAsJsonArray("activities").get(0).getAsJsonObject();
        JsonObject task = activity.getAsJsonArray("tasks").get(0).getAsJsonObject();

        for (String field : List.of("currency", "budget", "communication", "history")) {
            assertFalse(saved.has(field), field);
        }
        assertFalse(activity.has("cost") || activity.has("expectedParticipants"));
        assertFalse(task.has("owner") || task.has("id"));
    }

    @Test
    void savingGivesTheTasksOfAnOlderFileIdsThatASecondSaveKeeps() throws Exception {
        JsonObject old = PlanFixtures.example();
        JsonArray tasks = old.getAsJsonArray("activities").get(0).getAsJsonObject().getAsJsonArray("tasks");
        JsonObject second = tasks.get(0).getAsJsonObject().deepCopy();
        second.addProperty("text", "Bestille kaffe");
        tasks.add(second);
        Path file = dir.resolve("old.cxplan.json");
        Files.writeString(file, old.toString());
        byte[] before = Files.readAllBytes(file);

        Plan opened = PlanReader.read(file);
        assertEquals(List.of(), tasks(opened).stream().map(Task::id).filter(id -> id != null).toList());
        assertArrayEquals(before, Files.readAllBytes(file), "reading never changes the file");

        Plan saved = PlanWriter.save(opened, file);
        assertEquals(List.of("t-1", "t-2"), tasks(saved).stream().map(Task::id).toList());
        assertEquals(saved, PlanReader.read(file));

        Plan added = PlanEdits.update(saved, "a-1", a -> a.withTasks(
                List.of(a.tasks().get(0), a.tasks().get(1), Task.of("Rydde", null))));
        Plan savedAgain = PlanWriter.save(added, file);
        assertEquals(List.of("t-1", "t-2", "t-3"), tasks(savedAgain).stream().map(Task::id).toList());
        assertEquals(savedAgain, PlanReader.read(file));
        assertSame(savedAgain, PlanWriter.save(savedAgain, file), "nothing to give: the same plan");
    }
}
