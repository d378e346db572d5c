package no.cxday.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.cxday.planner.StartupProbe;
import no.cxday.planner.storage.PlanFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a coordinator or a script would run it, with no display. */
class RunnableJarIT {

    private static final Path JAR = Path.of(System.getProperty("cxday.jar", "target/cxday-planner.jar"));

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private Run run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        builder.redirectOutput(dir.resolve("out.txt").toFile());
        builder.redirectError(dir.resolve("err.txt").toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command finished");
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void checkRunsWithNoDisplayAndNeverStartsJavafx() throws Exception {
        Path plan = dir.resolve("example.cxplan.json");
        Files.writeString(plan, PlanFixtures.text("example.cxplan.json"));

        Run run = java("check", plan.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("OK: CX-dagen 2026: 1 activities in 2 lanes, balance 58 "
                + "(anerkjennelse 33.3 %, læring 0.0 %, engasjement 66.7 %)\n", run.out());
        assertFalse(run.err().contains("JavaFX"), run.err());
    }

    @Test
    void garbageGivesOneSentenceAndNoStackTrace() throws Exception {
        Path garbage = dir.resolve("garbage.cxplan.json");
        Files.write(garbage, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, '{'});

        Run run = java("check", garbage.toString(), dir.resolve("missing.cxplan.json").toString());

        assertEquals(1, run.exit());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("Could not open \"" + garbage + "\": the file is not valid UTF-8"));
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    /**
     * The window as {@code java -jar} opens it, JavaFX from the class path, on Monocle's headless
     * screen: the jar itself with Monocle beside it, as a jar's manifest can add nothing to.
     */
    @Test
    void theWindowOpensWithNothingOnTheTerminalsErrorStream() throws Exception {
        String monocle = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst().orElseThrow();
        Path plan = dir.resolve("example.cxplan.json");
        Files.writeString(plan, PlanFixtures.text("example.cxplan.json"));

        Run run = run(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1600x900-32", "-D" + StartupProbe.PROPERTY + "=true",
                "-cp", JAR + File.pathSeparator + monocle, "no.cxday.planner.Main", plan.toString()));

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("shown "), "the first frame was drawn: " + run.out());
        assertEquals("", run.err());
    }

    @Test
    void aUsageErrorExitsTwo() throws Exception {
        assertEquals(2, java("check").exit());
    }

    @Test
    void exportRunsWithNoDisplayAndPrintsNothingButWhatItWrote() throws Exception {
        Path plan = dir.resolve("example.cxplan.json");
        Files.writeString(plan, PlanFixtures.text("example.cxplan.json"));
        Path pdf = dir.resolve("agenda.pdf");
        Path ics = dir.resolve("agenda.ics");

        Run run = java("export", plan.toString(), "--pdf", pdf.toString(), "--layout", "grid", "--ics", ics.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(Files.size(pdf) > 1000 && Files.readString(ics).startsWith("BEGIN:VCALENDAR"));
    }

    @Test
    void mergeListsAConflictWithExitThreeAndWritesThePreferredSideWithExitZero() throws Exception {
        String example = PlanFixtures.text("example.cxplan.json");
        Path base = dir.resolve("base.cxplan.json");
        Path mine = dir.resolve("mine.cxplan.json");
        Path theirs = dir.resolve("theirs.cxplan.json");
        Files.writeString(base, example);
        Files.writeString(mine, example.replace("\"Kake og kaffe\"", "\"Kake\""));
        Files.writeString(theirs, example.replace("\"Kake og kaffe\"", "\"Kaffe\""));
        Path merged = dir.resolve("merged.cxplan.json");

        Run conflict = java("merge", base.toString(), mine.toString(), theirs.toString(), "-o", merged.toString());
        Run preferred = java("merge", base.toString(), mine.toString(), theirs.toString(), "-o", merged.toString(),
                "--prefer", "theirs");

        assertEquals(3, conflict.exit(), conflict.err());
        assertEquals("CONFLICT activities[a-1].title: base \"Kake og kaffe\", mine \"Kake\", theirs \"Kaffe\"\n",
                conflict.out());
        assertEquals(0, preferred.exit(), preferred.err());
        assertEquals(0, java("check", merged.toString()).exit());
    }
}
