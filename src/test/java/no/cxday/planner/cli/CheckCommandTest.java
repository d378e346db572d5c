package no.cxday.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import no.cxday.planner.storage.PlanFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private int check(String... args) {
        return cli.run("check", args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    /** The worked example of docs/plan-format.md: 60 min at 1/0/2, 30 min at 0/3/0 and 45 min at 3/0/0. */
    private Path workedExample() throws Exception {
        JsonObject plan = PlanFixtures.example();
        var activities = plan.getAsJsonArray("activities");
        JsonObject first = activities.get(0).getAsJsonObject();
        first.addProperty("start", "2026-10-06T09:00");
        first.addProperty("end", "2026-10-06T10:00");
        activities.add(withTimes(first, "a-2", "2026-10-06T10:00", "2026-10-06T10:30", 0, 3, 0));
        activities.add(withTimes(first, "a-3", "2026-10-06T11:00", "2026-10-06T11:45", 3, 0, 0));
        Path file = dir.resolve("worked.cxplan.json");
        Files.writeString(file, plan.toString());
        return file;
    }

    private static JsonObject withTimes(JsonObject template, String id, String start, String end, int a, int l,
            int e) {
        JsonObject copy = template.deepCopy();
        copy.addProperty("id", id);
        copy.addProperty("start", start);
        copy.addProperty("end", end);
        JsonObject pillars = copy.getAsJsonObject("pillars");
        pillars.addProperty("anerkjennelse", a);
        pillars.addProperty("laering", l);
        pillars.addProperty("engasjement", e);
        return copy;
    }

    private Path bad() throws Exception {
        Path file = dir.resolve("bad.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json").replace("\"laering\": 0", "\"laering\": 9"));
        return file;
    }

    @Test
    void aGoodPlanPrintsItsSummaryLineAndExitsZero() throws Exception {
        int exit = check(workedExample().toString());

        assertEquals(0, exit);
        assertEquals("OK: CX-dagen 2026: 3 activities in 2 lanes, balance 95 "
                + "(anerkjennelse 48.1 %, læring 22.2 %, engasjement 29.6 %)\n", out());
        assertEquals("", err());
    }

    @Test
    void withJsonEachPlanIsOneObjectALine() throws Exception {
        Path good = workedExample();
        Path bad = bad();

        int exit = check("--json", good.toString(), bad.toString());

        assertEquals(1, exit);
        String[] lines = out().split("\n");
        assertEquals(2, lines.length);
        JsonObject ok = JsonParser.parseString(lines[0]).getAsJsonObject();
        assertEquals(good.toString(), ok.get("file").getAsString());
        assertTrue(ok.get("ok").getAsBoolean());
        assertEquals("CX-dagen 2026", ok.get("title").getAsString());
        assertEquals(3, ok.get("activities").getAsInt());
        assertEquals(2, ok.get("lanes").getAsInt());
        assertEquals(JsonParser.parseString(
                "{\"score\":95,\"anerkjennelse\":0.481,\"laering\":0.222,\"engasjement\":0.296,\"missing\":[]}"),
                ok.get("balance"));
        JsonObject refused = JsonParser.parseString(lines[1]).getAsJsonObject();
        assertEquals(false, refused.get("ok").getAsBoolean());
        assertEquals("Could not open \"" + bad + "\": activities[0].pillars.laering: 9 is outside 0 to 3.",
                refused.get("error").getAsString());
        assertEquals("", err());
    }

    @Test
    void aBadPlanPrintsItsSentenceOnStandardErrorAndExitsOne() throws Exception {
        Path bad = bad();

        int exit = check(workedExample().toString(), bad.toString());

        assertEquals(1, exit);
        assertTrue(out().startsWith("OK: CX-dagen 2026"));
        assertEquals("Could not open \"" + bad + "\": activities[0].pillars.laering: 9 is outside 0 to 3.\n", err());
    }

    @Test
    void manyFilesAreCheckedInOneRun() throws Exception {
        Path good = workedExample();
        String[] files = new String[1000];
        java.util.Arrays.fill(files, good.toString());

        assertEquals(0, check(files));
        assertEquals(1000, out().lines().count());
    }

    @Test
    void theLanguageCanBeChosen() throws Exception {
        Path bad = bad();

        check("--lang", "nb", bad.toString());

        assertEquals("Kan ikke åpne «" + bad + "»: activities[0].pillars.laering: 9 er utenfor 0 til 3.\n", err());
    }

    @Test
    void noFilesOrAnUnknownOptionIsAUsageErrorWithExitTwo() {
        assertEquals(2, check());
        assertTrue(err().startsWith("Name at least one plan file.\nUsage: "), err());

        cli.resetOutputs();
        assertEquals(2, check("--fast", "plan.cxplan.json"));
        assertTrue(err().startsWith("Unknown command or option: \"--fast\".\nUsage: "), err());
    }

    @Test
    void anUnknownCommandIsAUsageErrorAndHelpIsNot() {
        assertEquals(2, cli.runRaw("--frobnicate"));
        assertEquals(0, cli.runRaw("--help"));
        assertTrue(out().startsWith("Usage: "));
    }

    @Test
    void aPlanFromANewerVersionChecksAsReadOnly() throws Exception {
        Path newer = dir.resolve("newer.cxplan.json");
        Files.writeString(newer,
                PlanFixtures.text("example.cxplan.json").replace("\"schemaVersion\": 1", "\"schemaVersion\": 3"));

        assertEquals(0, check(newer.toString()));
        assertTrue(err().contains("schemaVersion 3") && err().contains("read-only"), err());
    }

    @Test
    void withJsonAGoodPlanAlsoGivesItsTaskCountsAndItsCosts() throws Exception {
        Path file = dir.resolve("preparation.cxplan.json");
        Files.writeString(file, PlanFixtures.text("preparation.cxplan.json"));

        assertEquals(Cli.OK, check("--json", "--today", "2027-10-05", file.toString()));

        JsonObject result = JsonParser.parseString(out()).getAsJsonObject();
        JsonObject tasks = result.getAsJsonObject("tasks");
        assertEquals(4, tasks.get("total").getAsInt());
        assertEquals(1, tasks.get("done").getAsInt());
        assertEquals(2, tasks.get("overdue").getAsInt());
        JsonObject cost = result.getAsJsonObject("cost");
        assertEquals("SEK", cost.get("currency").getAsString());
        assertEquals(new BigDecimal("25000.5"), cost.get("budget").getAsBigDecimal());
        assertEquals(new BigDecimal("1500"), cost.get("planned").getAsBigDecimal());
        assertEquals(new BigDecimal("1620.5"), cost.get("actual").getAsBigDecimal());
    }

    @Test
    void aPlanWithoutCostsHasNoBudgetAndNoActualCost() throws Exception {
        Path file = dir.resolve("example.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));

        assertEquals(Cli.OK, check("--json", "--today", "2026-10-02", file.toString()));

        JsonObject result = JsonParser.parseString(out()).getAsJsonObject();
        assertEquals(0, result.getAsJsonObject("tasks").get("overdue").getAsInt(), "due on --today");
        JsonObject cost = result.getAsJsonObject("cost");
        assertEquals("NOK", cost.get("currency").getAsString());
        assertTrue(cost.get("budget").isJsonNull());
        assertEquals(0, cost.get("planned").getAsInt());
        assertTrue(cost.get("actual").isJsonNull());
        cli.resetOutputs();
        assertEquals(Cli.OK, check("--json", "--today", "2026-10-03", file.toString()));
        assertEquals(1, JsonParser.parseString(out()).getAsJsonObject().getAsJsonObject("tasks").get("overdue")
                .getAsInt());
        assertEquals(Cli.USAGE, check("--today", "i dag", file.toString()));
    }
}
