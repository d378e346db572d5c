package no.cxday.planner.cli;

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
import no.cxday.planner.model.CarryOver;
import no.cxday.planner.model.HistoryFixtures;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.PlanWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private Path saved(Plan plan) throws Exception {
        Path file = dir.resolve("plan.cxplan.json");
        PlanWriter.save(plan, file);
        return file;
    }

    private static List<String> strings(JsonArray years, String field) {
        List<String> values = new ArrayList<>();
        for (JsonElement year : years) {
            values.add(year.getAsJsonObject().get(field).toString());
        }
        return values;
    }

    @Test
    void withJsonAPlanCarriedOverThreeTimesPrintsFourYearsOldestFirstAndThisYearLast() throws Exception {
        Path file = saved(HistoryFixtures.carriedOverThrice());

        assertEquals(Cli.OK, cli.run("history", file.toString(), "--json"), cli.err());

        assertEquals(1, cli.out().lines().count(), "one object on one line");
        JsonObject result = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(file.toString(), result.get("file").getAsString());
        assertEquals("NOK", result.get("currency").getAsString());
        JsonArray years = result.getAsJsonArray("years");
        assertEquals(List.of("\"2025-10-07\"", "\"2026-10-06\"", "\"2027-10-05\"", "\"2028-10-03\""),
                strings(years, "cxDay"));
        assertEquals(List.of("\"CX-dagen 2025\"", "\"CX-dagen 2026\"", "\"CX-dagen 2027\"", "\"CX-dagen 2028\""),
                strings(years, "title"));
        assertEquals(List.of("false", "false", "false", "true"), strings(years, "current"));
        assertEquals(List.of("92", "92", "92", "92"), strings(years, "score"));
        assertEquals(List.of("2", "2", "2", "2"), strings(years, "activities"));
        assertEquals(List.of("1", "2", "2", "0"), strings(years, "held"));
        assertEquals(List.of("3.0", "4.5", "3.5", "null"), strings(years, "averageRating"));
        assertEquals(List.of("50", "110", "120", "0"), strings(years, "participants"));
        assertEquals(List.of("1750", "1750", "1750", "1750"), strings(years, "plannedCost"));
        assertEquals(List.of("1400", "1620.5", "2000", "null"), strings(years, "actualCost"));
        assertEquals(0.5, years.get(0).getAsJsonObject().getAsJsonObject("mix").get("laering").getAsDouble());
    }

    @Test
    void withoutJsonEachYearIsOneLineInTheProgramsLanguage() throws Exception {
        Path file = saved(HistoryFixtures.carriedOverThrice());

        assertEquals(Cli.OK, cli.run("history", file.toString(), "--lang", "nb"), cli.err());

        List<String> lines = cli.out().lines().toList();
        assertEquals(4, lines.size(), cli.out());
        assertEquals("07.10.2025  CX-dagen 2025: balanse 92, 2 aktiviteter, 1 holdt, snitt 3,0, 50 deltakere, "
                + "planlagt 1\u00a0750 NOK, brukt 1\u00a0400 NOK", lines.get(0));
        assertTrue(lines.get(1).endsWith("brukt 1\u00a0620,50 NOK"), lines.get(1));
        assertEquals("03.10.2028  CX-dagen 2028: balanse 92, 2 aktiviteter, 0 holdt, snitt –, 0 deltakere, "
                + "planlagt 1\u00a0750 NOK, brukt – (i år)", lines.get(3));
    }

    @Test
    void aPlanCarriedOverBeforeHistoryExistedShowsLastYearFromWhatLastYearKept() throws Exception {
        Plan carried = CarryOver.toYear(HistoryFixtures.plan2025(), 2026, false);
        String json = PlanWriter.toJson(carried);
        JsonObject withoutHistory = JsonParser.parseString(json).getAsJsonObject();
        withoutHistory.remove("history");
        Path file = dir.resolve("old.cxplan.json");
        Files.writeString(file, withoutHistory.toString());

        assertEquals(Cli.OK, cli.run("history", file.toString(), "--json"), cli.err());

        JsonArray years = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("years");
        assertEquals(List.of("\"CX-dagen 2025\"", "\"CX-dagen 2026\""), strings(years, "title"));
        assertEquals(List.of("92", "92"), strings(years, "score"));
        assertEquals("null", strings(years, "averageRating").get(0), "what lastYear did not keep is not known");
    }

    @Test
    void aBadPlanExitsOneAndAUsageErrorTwo() throws Exception {
        Path bad = dir.resolve("bad.cxplan.json");
        Files.writeString(bad, "{");

        assertEquals(Cli.BAD_INPUT, cli.run("history", bad.toString()));
        assertTrue(cli.err().startsWith("Could not open"), cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertEquals(Cli.USAGE, cli.run("history"));
        assertEquals(Cli.USAGE, cli.run("history", bad.toString(), "--yaml"));
        assertEquals(Cli.USAGE, cli.run("history", bad.toString(), "--lang", "sv"));
    }
}
