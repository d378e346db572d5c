package no.cxday.planner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.storage.PlanFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TasksCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    /**
     * Its tasks: Invitere kunder (Kari, 14.09), Bestille kake (Ola, 01.10, done), Låne kaffetrakter (no
     * owner: the responsible Kari, 04.10) and Rydde etterpå (Kari, no id and no due date).
     */
    private Path plan() throws Exception {
        Path file = dir.resolve("preparation.cxplan.json");
        Files.writeString(file, PlanFixtures.text("preparation.cxplan.json"));
        return file;
    }

    private JsonObject json(String... args) {
        cli.resetOutputs();
        assertEquals(Cli.OK, cli.run("tasks", args), cli.err());
        return JsonParser.parseString(cli.out()).getAsJsonObject();
    }

    private static List<String> texts(JsonObject result) {
        List<String> texts = new ArrayList<>();
        for (JsonElement task : result.getAsJsonArray("tasks")) {
            texts.add(task.getAsJsonObject().get("text").getAsString());
        }
        return texts;
    }

    @Test
    void withJsonTheListIsOneObjectByDueDateWithTheCountsOfWhatIsListed() throws Exception {
        Path file = plan();
        byte[] before = Files.readAllBytes(file);

        JsonObject result = json(file.toString(), "--today", "2027-10-04", "--json");

        assertEquals(file.toString(), result.get("file").getAsString());
        assertEquals("2027-10-04", result.get("today").getAsString());
        assertEquals(4, result.get("total").getAsInt());
        assertEquals(1, result.get("done").getAsInt());
        assertEquals(1, result.get("overdue").getAsInt(), "the task due on --today is not overdue");
        assertEquals(List.of("Invitere kunder", "Bestille kake", "Låne kaffetrakter", "Rydde etterpå"), texts(result));
        JsonArray tasks = result.getAsJsonArray("tasks");
        JsonObject first = tasks.get(0).getAsJsonObject();
        assertEquals("seminar-invitere", first.get("id").getAsString());
        assertEquals("a-2", first.get("activity").getAsString());
        assertEquals("Frokostseminar", first.get("activityTitle").getAsString());
        assertEquals("Kari", first.get("owner").getAsString());
        assertEquals("2027-09-14", first.get("due").getAsString());
        assertEquals(false, first.get("done").getAsBoolean());
        assertEquals(true, first.get("overdue").getAsBoolean());
        assertEquals("Kari", tasks.get(2).getAsJsonObject().get("owner").getAsString(), "the responsible, as no owner");
        JsonObject last = tasks.get(3).getAsJsonObject();
        assertTrue(last.get("id").isJsonNull(), "no id in the file yet");
        assertTrue(last.get("due").isJsonNull());
        assertEquals(List.of("id", "activity", "activityTitle", "text", "owner", "due", "done", "overdue"),
                new ArrayList<>(first.keySet()));
        assertArrayEquals(before, Files.readAllBytes(file), "listing never changes the file");
    }

    @Test
    void ownerAndOpenFilterTheListAndTheCounts() throws Exception {
        String file = plan().toString();

        JsonObject kari = json(file, "--owner", "KARI", "--today", "2027-10-05", "--json");
        JsonObject open = json(file, "--open", "--json", "--today", "2027-10-05");
        JsonObject ola = json(file, "--owner", "ola", "--open", "--json");

        assertEquals(List.of("Invitere kunder", "Låne kaffetrakter", "Rydde etterpå"), texts(kari));
        assertEquals(2, kari.get("overdue").getAsInt());
        assertEquals(3, open.get("total").getAsInt());
        assertEquals(0, open.get("done").getAsInt());
        assertEquals(0, ola.get("total").getAsInt(), "Ola's only task is done");
    }

    @Test
    void withoutJsonEachTaskIsOneLineInTheProgramsLanguage() throws Exception {
        String file = plan().toString();

        assertEquals(Cli.OK, cli.run("tasks", file, "--today", "2027-10-02", "--lang", "nb"));

        assertEquals(List.of("[ ] 14.09.2027  Invitere kunder – Kari – Frokostseminar – forfalt",
                "[x] 01.10.2027  Bestille kake – Ola – Kake og kaffe",
                "[ ] 04.10.2027  Låne kaffetrakter – Kari – Kake og kaffe",
                "[ ] uten frist  Rydde etterpå – Kari – Kake og kaffe"), cli.out().lines().toList());
        cli.resetOutputs();
        assertEquals(Cli.OK, cli.run("tasks", file, "--today", "2027-10-02", "--owner", "Ola"));
        assertEquals(List.of("[x] 1 Oct 2027  Bestille kake – Ola – Kake og kaffe"), cli.out().lines().toList());
    }

    @Test
    void aBadPlanGetsTheReadersSentenceAndExitsOne() throws Exception {
        Path bad = dir.resolve("bad.cxplan.json");
        JsonObject plan = PlanFixtures.example();
        plan.getAsJsonArray("activities").get(0).getAsJsonObject().getAsJsonArray("tasks").get(0).getAsJsonObject()
                .addProperty("owner", 7);
        Files.writeString(bad, plan.toString());

        assertEquals(Cli.BAD_INPUT, cli.run("tasks", bad.toString(), "--json"));

        assertEquals("", cli.out());
        assertTrue(cli.err().startsWith("Could not open \"" + bad + "\": activities[0].tasks[0].owner: "), cli.err());
        cli.resetOutputs();
        assertEquals(Cli.BAD_INPUT, cli.run("tasks", dir.resolve("missing.cxplan.json").toString()));
    }

    @Test
    void aMissingPlanOrABadOptionIsAUsageErrorWithExitTwo() throws Exception {
        String file = plan().toString();

        assertEquals(Cli.USAGE, cli.run("tasks"));
        assertEquals(Cli.USAGE, cli.run("tasks", file, "--today", "06.10.2027"));
        assertEquals(Cli.USAGE, cli.run("tasks", file, "--today", "2027-02-30"));
        assertEquals(Cli.USAGE, cli.run("tasks", file, "--owner"));
        assertEquals(Cli.USAGE, cli.run("tasks", file, "--lang", "de"));
        assertEquals(Cli.USAGE, cli.run("tasks", file, "--all"));
        assertEquals(Cli.USAGE, cli.run("tasks", file, file));
        assertTrue(cli.err().contains("tasks PLAN [--owner NAME] [--open] [--today YYYY-MM-DD] [--json]"), cli.err());
    }
}
