package no.cxday.planner.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of broken plan files through the reader: each is either a valid plan or refused with
 * the reader's one sentence, never another exception or a hang, and no file is changed. The count
 * and the seed can be raised: {@code mvn test -Dtest=ReaderFuzzTest -Dcxday.fuzz.count=200000}.
 */
@Tag("slow")
class ReaderFuzzTest {

    static final int COUNT = Integer.getInteger("cxday.fuzz.count", 10_000);
    static final long SEED = Long.getLong("cxday.fuzz.seed", 20261006L);
    private static final Messages EN = new Messages(Language.EN);

    @TempDir
    Path dir;

    @Test
    void everyMutatedPlanIsReadOrRefusedInOneSentenceAndLeftAsItWas() throws Exception {
        List<byte[]> seeds = List.of(PlanFixtures.text("example.cxplan.json").getBytes(StandardCharsets.UTF_8),
                PlanFixtures.text("unknown-fields.cxplan.json").getBytes(StandardCharsets.UTF_8),
                PlanFixtures.text("planner.cxplan.json").getBytes(StandardCharsets.UTF_8),
                PlanFixtures.text("preparation.cxplan.json").getBytes(StandardCharsets.UTF_8));
        PlanMutator mutator = new PlanMutator(SEED);
        Path file = dir.resolve("fuzzed.cxplan.json");
        int[] outcome = new int[2];
        assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            for (int i = 0; i < COUNT; i++) {
                byte[] bytes = mutator.mutate(seeds.get(i % seeds.size()));
                Files.write(file, bytes);
                try {
                    PlanReader.read(file);
                    outcome[0]++;
                } catch (PlanFileException e) {
                    String sentence = e.sentence(EN);
                    assertTrue(sentence.startsWith("Could not open \"" + file + "\": ") && sentence.endsWith(".")
                            && sentence.indexOf('\n') < 0, "case " + i + ": " + sentence);
                    outcome[1]++;
                } catch (RuntimeException | StackOverflowError e) {
                    fail("case " + i + " (seed " + SEED + ") threw " + e, e);
                }
                assertArrayEquals(bytes, Files.readAllBytes(file), "case " + i + " changed the file");
            }
        });
        System.out.printf("ReaderFuzzTest: %d mutated plans (seed %d): %d read as valid plans, %d refused in one"
                + " sentence, none failed otherwise%n", COUNT, SEED, outcome[0], outcome[1]);
        assertEquals(COUNT, outcome[0] + outcome[1]);
        assertTrue(outcome[1] > COUNT / 2, "most mutations break the plan");
    }
}
