package no.cxday.planner.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.AtomicFile;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.storage.PlanWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A separate JVM saves a growing plan over one file in a loop and is killed with SIGKILL at a random
 * moment, again and again. After every kill the file loads and holds one whole version, as does
 * its {@code .bak}: never a mix, never an empty file. {@code -Dcxday.kill.count=500} for a longer run.
 */
@Tag("slow")
class KillTest {

    static final int KILLS = Integer.getInteger("cxday.kill.count", 100);
    static final int PLAIN_KILLS = 40;

    @TempDir
    Path dir;

    /** Starts the save loop, lets it save for a random moment, and kills it with SIGKILL. */
    private static void saveAndKill(Path file, Random random, String... mode) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), file.toString()));
        command.addAll(List.of(mode));
        Process loop = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(loop.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("ready", out.readLine(), "the save loop started");
            Thread.sleep(5 + random.nextInt(150));
            loop.destroyForcibly();
            assertTrue(loop.waitFor(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aSaveKilledAtAnyMomentLeavesAWholePlan() throws Exception {
        Path file = dir.resolve("plan.cxplan.json");
        PlanWriter.save(SaveLoop.version(1), file);
        Random random = new Random(KILLS);
        int lastVersion = 1;
        for (int kill = 0; kill < KILLS; kill++) {
            saveAndKill(file, random);
            int version = wholeVersion(file);
            assertTrue(version > lastVersion, "the file holds a newer whole version: " + version + " after "
                    + lastVersion);
            lastVersion = version;
            Path backup = AtomicFile.backupOf(file);
            if (Files.exists(backup)) {
                assertTrue(wholeVersion(backup) <= version);
            }
        }
        long leftovers = temporaryFiles();
        AtomicFile.removeLeftovers(file);
        System.out.printf("KillTest: %d saves killed with SIGKILL: every file and backup loaded whole; the plan"
                + " grew to version %d; %d temporary files were left and then removed%n", KILLS, lastVersion,
                leftovers);
        assertEquals(0, temporaryFiles(), "the leftovers of killed saves are removed");
        assertTrue(Files.exists(file) && Files.exists(AtomicFile.backupOf(file)), "the plan and its backup stay");
    }

    /** The control: a plain write killed the same way breaks files, and this test sees it. */
    @Test
    void aPlainWriteKilledTheSameWayIsCaught() throws Exception {
        Path file = dir.resolve("plain.cxplan.json");
        Files.writeString(file, PlanWriter.toJson(SaveLoop.version(SaveLoop.MAX_ACTIVITIES - 1)));
        Random random = new Random(1);
        int broken = 0;
        for (int kill = 0; kill < PLAIN_KILLS; kill++) {
            saveAndKill(file, random, "plain");
            try {
                wholeVersion(file);
            } catch (PlanFileException | AssertionError e) {
                broken++;
                Files.writeString(file, PlanWriter.toJson(SaveLoop.version(SaveLoop.MAX_ACTIVITIES - 1)));
            }
        }
        System.out.printf("KillTest: the same loop with a plain Files.writeString left %d of %d files unreadable%n",
                broken, PLAIN_KILLS);
        assertTrue(broken > 0, "the kill test catches a save that is not atomic");
    }

    private long temporaryFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    /** The version a file holds, after checking that it is a whole one: its title and its activities agree. */
    private static int wholeVersion(Path file) throws Exception {
        Plan plan = PlanReader.read(file);
        int version = SaveLoop.versionOf(plan);
        assertEquals(SaveLoop.activitiesIn(version), plan.activities().size(), "a plan mixed from two versions in "
                + file);
        return version;
    }
}
