package no.cxday.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Task;
import no.cxday.planner.model.YearSummary;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CarryOverCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private Path plan;

    @BeforeEach
    void aPlan() throws Exception {
        plan = dir.resolve("plan-2026.cxplan.json");
        Files.writeString(plan, PlanFixtures.text("example.cxplan.json"));
    }

    private int carryOver(String... args) {
        return cli.run("carry-over", args);
    }

    private String err() {
        return cli.err();
    }

    @Test
    void nextYearsPlanIsWrittenAndPassesCheck() throws Exception {
        Path next = dir.resolve("plan-2027.cxplan.json");

        assertEquals(0, carryOver(plan.toString(), "--year", "2027", "-o", next.toString()), err());

        Plan carried = PlanReader.read(next);
        assertEquals(LocalDate.of(2027, 10, 5), carried.cxDay());
        assertEquals("CX-dagen 2027", carried.title());
        assertEquals("CX-dagen 2026", carried.lastYear().title());
        cli.resetOutputs();
        assertEquals(0, cli.run("check", next.toString()));
        assertTrue(cli.out().startsWith("OK: CX-dagen 2027: 1 activities in 2 lanes"));
    }

    @Test
    void anExistingOutputIsNeverOverwrittenUnlessForced() throws Exception {
        Path next = dir.resolve("plan-2027.cxplan.json");
        Files.writeString(next, "mine");

        assertEquals(1, carryOver(plan.toString(), "--year", "2027", "-o", next.toString()));
        assertEquals("\"" + next + "\" exists already. Use --force to write over it.\n", err());
        assertEquals("mine", Files.readString(next));

        assertEquals(0, carryOver(plan.toString(), "--year", "2027", "-o", next.toString(), "--force"));
        assertEquals("CX-dagen 2027", PlanReader.read(next).title());
    }

    @Test
    void whatWentPoorlyCanBeLeftOut() throws Exception {
        Files.writeString(plan, PlanFixtures.text("example.cxplan.json").replace("\"rating\": 4", "\"rating\": 2"));
        Path next = dir.resolve("next.cxplan.json");

        assertEquals(0, carryOver(plan.toString(), "--year", "2027", "-o", next.toString(), "--drop-unrated-or-low"));

        assertEquals(0, PlanReader.read(next).activities().size());
    }

    @Test
    void aBadPlanGetsTheReadersSentenceAndUsageErrorsExitTwo() throws Exception {
        Files.writeString(plan, "[]");
        assertEquals(1, carryOver(plan.toString(), "--year", "2027", "-o", dir.resolve("x").toString()));
        assertTrue(err().startsWith("Could not open \"" + plan + "\": "), err());

        assertEquals(2, carryOver(plan.toString(), "--year", "next", "-o", "x"));
        assertEquals(2, carryOver(plan.toString(), "--year", "1899", "-o", "x"));
        assertEquals(2, carryOver(plan.toString(), "-o", "x"));
        assertEquals(2, carryOver(plan.toString(), "--year", "2027"));
    }

    @Test
    void nextYearsPlanKeepsTheTasksWithIdsAndAddsThisYearToTheHistory() throws Exception {
        Path source = dir.resolve("preparation.cxplan.json");
        Files.writeString(source, PlanFixtures.text("preparation.cxplan.json"));
        Path next = dir.resolve("plan-2028.cxplan.json");

        assertEquals(0, carryOver(source.toString(), "--year", "2028", "-o", next.toString()), err());

        Plan carried = PlanReader.read(next);
        assertEquals(List.of("kake-bestille", "kake-trakter", "t-1"),
                carried.activities().get(0).tasks().stream().map(Task::id).toList(), "the task without one got an id");
        assertEquals(List.of("CX-dagen 2026", "CX-dagen 2027"),
                carried.history().stream().map(YearSummary::title).toList());
        assertNull(carried.activities().get(0).cost().actual());
        assertEquals(new BigDecimal("1620.50"), carried.history().get(1).actualCost());
    }
}
