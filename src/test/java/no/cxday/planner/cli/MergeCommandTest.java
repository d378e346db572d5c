package no.cxday.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {

    private static final String EXAMPLE = PlanFixtures.text("example.cxplan.json");

    @TempDir
    Path dir;

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private Path base;
    private Path out;

    private Path plan(String name, String text) throws Exception {
        Path file = dir.resolve(name + ".cxplan.json");
        Files.writeString(file, text);
        return file;
    }

    private int merge(String mine, String theirs, String... options) throws Exception {
        base = plan("base", EXAMPLE);
        out = dir.resolve("merged.cxplan.json");
        List<String> args = new ArrayList<>(List.of(base.toString(), plan("mine", mine).toString(),
                plan("theirs", theirs).toString(), "-o", out.toString()));
        args.addAll(List.of(options));
        return cli.run("merge", args.toArray(String[]::new));
    }

    private static String titled(String title) {
        return EXAMPLE.replace("\"title\": \"Kake og kaffe\"", "\"title\": \"" + title + "\"");
    }

    private static final String MOVED = EXAMPLE.replace("\"start\": \"2026-10-06T08:30\"",
            "\"start\": \"2026-10-06T08:45\"");

    private Activity mergedActivity() throws Exception {
        return PlanReader.read(out).activity("a-1").orElseThrow();
    }

    @Test
    void changesOfBothSidesAreWrittenToOutAndTheMergedPlanPassesCheck() throws Exception {
        assertEquals(0, merge(titled("Kake"), MOVED), cli.err());

        assertEquals("Wrote " + out + ": 1 changes from MINE and 1 from THEIRS.\n", cli.out());
        Activity merged = mergedActivity();
        assertEquals("Kake", merged.title());
        assertEquals(LocalDateTime.of(2026, 10, 6, 8, 45), merged.start());
        cli.resetOutputs();
        assertEquals(0, cli.run("check", out.toString()), cli.err());
    }

    @Test
    void conflictsAreListedByIdWithTheThreeValuesAndNothingIsWritten() throws Exception {
        String withTaskId = EXAMPLE.replace("{ \"text\": \"Bestille kake\"", "{ \"id\": \"t-2\", \"text\": \"Bestille kake\"")
                .replace("{ \"id\": \"kantina\", \"name\": \"Kantina\" }",
                        "{ \"id\": \"kantina\", \"name\": \"Kantina\", \"colour\": \"red\" }");
        Files.writeString(dir.resolve("base.cxplan.json"), withTaskId);
        String mine = withTaskId.replace("\"Kake og kaffe\"", "\"Kake\"").replace("\"name\": \"Kantina\"",
                "\"name\": \"Matsalen\"").replace("\"Bestille kake\"", "\"Bestille kaker\"")
                .replace("\"colour\": \"red\"", "\"colour\": [1, 2]");
        String theirs = withTaskId.replace("\"Kake og kaffe\"", "\"Kaffe\"").replace("\"name\": \"Kantina\"",
                "\"name\": \"Kantine\"").replace("\"Bestille kake\"", "\"Kjøpe kake\"")
                .replace("\"colour\": \"red\"", "\"colour\": null");
        Path b = plan("base", withTaskId);
        out = dir.resolve("merged.cxplan.json");

        assertEquals(3, cli.run("merge", b.toString(), plan("mine", mine).toString(), plan("theirs", theirs).toString(),
                "-o", out.toString()));

        assertEquals("""
                CONFLICT lanes[kantina].name: base "Kantina", mine "Matsalen", theirs "Kantine"
                CONFLICT lanes[kantina].colour: base "red", mine [1,2], theirs null
                CONFLICT activities[a-1].title: base "Kake og kaffe", mine "Kake", theirs "Kaffe"
                CONFLICT activities[a-1].tasks[t-2].text: base "Bestille kake", mine "Bestille kaker", theirs "Kjøpe kake"
                """, cli.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void anActivityRemovedAgainstChangedIsOneConflictWithTheWholeActivity() throws Exception {
        String removed = EXAMPLE.replaceAll("(?s)\"activities\": \\[.*?\\n  \\],", "\"activities\": [],");

        assertEquals(3, merge(removed, MOVED));

        String line = cli.out().strip();
        assertTrue(line.startsWith("CONFLICT activities[a-1]: base {\"id\":\"a-1\",\"ideaId\":\"kake-og-kaffe\","), line);
        assertTrue(line.contains("\"start\":\"2026-10-06T08:30\""), line);
        assertTrue(line.contains(", mine null, theirs {\"id\":\"a-1\""), line);
        assertTrue(line.contains("\"start\":\"2026-10-06T08:45\""), line);
        assertEquals(1, cli.out().lines().count());
    }

    @Test
    void withJsonTheConflictsAndCountsAreOneObject() throws Exception {
        assertEquals(3, merge(titled("Kake"), titled("Kaffe"), "--json"));

        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(JsonParser.parseString("""
                {"merged":false,"conflicts":[{"path":"activities[a-1].title","base":"Kake og kaffe","mine":"Kake",
                "theirs":"Kaffe"}],"fromMine":0,"fromTheirs":0}"""), json);
        assertEquals(1, cli.out().lines().count());
        assertFalse(Files.exists(out));
    }

    @Test
    void withJsonAMergeThatWasWrittenSaysSo() throws Exception {
        assertEquals(0, merge(titled("Kake"), MOVED, "--json"));

        assertEquals(JsonParser.parseString("{\"merged\":true,\"conflicts\":[],\"fromMine\":1,\"fromTheirs\":1}"),
                JsonParser.parseString(cli.out()));
        assertTrue(Files.exists(out));
    }

    @Test
    void preferResolvesEveryConflictToThatSide() throws Exception {
        assertEquals(0, merge(titled("Kake"), titled("Kaffe").replace("\"notes\": \"\"", "\"notes\": \"Ta med kopper\""),
                "--prefer", "theirs"), cli.err());
        assertEquals("Kaffe", mergedActivity().title());
        assertEquals("Ta med kopper", mergedActivity().notes());

        Files.delete(out);
        assertEquals(0, merge(titled("Kake"), titled("Kaffe"), "--prefer", "mine"), cli.err());
        assertEquals("Kake", mergedActivity().title());
    }

    @Test
    void anExistingOutIsRefusedUnlessForced() throws Exception {
        Files.writeString(dir.resolve("merged.cxplan.json"), "mine");

        assertEquals(1, merge(titled("Kake"), MOVED));
        assertEquals("\"" + out + "\" exists already. Use --force to write over it.\n", cli.err());
        assertEquals("mine", Files.readString(out));

        assertEquals(0, merge(titled("Kake"), MOVED, "--force"), cli.err());
        assertEquals("Kake", mergedActivity().title());
    }

    @Test
    void aBadPlanIsRefusedWithTheReadersSentenceNamingIt() throws Exception {
        assertEquals(1, merge(titled("Kake"), EXAMPLE.replace("\"end\": \"2026-10-06T09:15\"",
                "\"end\": \"2026-10-06T08:00\"")));

        Path theirs = dir.resolve("theirs.cxplan.json");
        assertEquals("Could not open \"" + theirs + "\": activities[0].end: the end 08:00 is not after the start 08:30.\n",
                cli.err());
        assertEquals("", cli.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void aUsageErrorExitsTwo() throws Exception {
        Path plan = plan("plan", EXAMPLE);
        String p = plan.toString();
        String o = dir.resolve("out.cxplan.json").toString();

        assertEquals(2, cli.run("merge", p, p, p));
        assertTrue(cli.err().startsWith("Name BASE, MINE and THEIRS (three plans) and -o OUT.\nUsage:"), cli.err());
        assertEquals(2, cli.run("merge", p, p, "-o", o));
        assertEquals(2, cli.run("merge", p, p, p, p, "-o", o));
        assertEquals(2, cli.run("merge", p, p, p, "-o", o, "--prefer", "both"));
        assertEquals(2, cli.run("merge", p, p, p, "-o"));
        assertEquals(2, cli.run("merge", p, p, p, "-o", o, "--quick"));
        assertFalse(Files.exists(Path.of(o)));
    }

    @Test
    void theSamePlanThreeTimesMergesToItself() throws Exception {
        assertEquals(0, merge(EXAMPLE, EXAMPLE), cli.err());

        Plan merged = PlanReader.read(out);
        assertEquals(PlanReader.read(base).withActivities(merged.activities()), merged);
        assertEquals("t-1", merged.activities().get(0).tasks().get(0).id(), "saving gives the task its id");
    }
}
