package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanWriterTest {

    @TempDir
    Path dir;

    private Plan example() throws Exception {
        Path source = dir.resolve("source.json");
        Files.writeString(source, PlanFixtures.text("example.cxplan.json"));
        return PlanReader.read(source);
    }

    private List<String> filesInDir() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void savingOverAPlanKeepsThePreviousVersionAsBak() throws Exception {
        Path file = dir.resolve("plan.cxplan.json");
        Files.writeString(file, "old content");
        Plan plan = example();

        Plan saved = PlanWriter.save(plan, file);

        assertEquals(saved, PlanReader.read(file));
        assertEquals("old content", Files.readString(dir.resolve("plan.cxplan.json.bak")));
        assertEquals(List.of("plan.cxplan.json", "plan.cxplan.json.bak", "source.json"), filesInDir(),
                "no temporary file is left behind");
    }

    @Test
    void aSaveThatFailsLeavesTheOldFileByteForByteAndSaysWhyInOneSentence() throws Exception {
        Path file = dir.resolve("plan.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        byte[] before = Files.readAllBytes(file);
        Files.createDirectories(dir.resolve("plan.cxplan.json.bak").resolve("in-the-way"));

        PlanFileException e = assertThrows(PlanFileException.class, () -> PlanWriter.save(example(), file));

        assertArrayEquals(before, Files.readAllBytes(file));
        String sentence = e.sentence(new Messages(Language.EN));
        assertTrue(sentence.startsWith("Could not save \"" + file + "\": "), sentence);
        assertTrue(sentence.endsWith(".") && sentence.indexOf('\n') < 0, sentence);
        assertEquals(List.of("plan.cxplan.json", "plan.cxplan.json.bak", "source.json"), filesInDir());
    }

    @Test
    void aSaveIntoAReadOnlyFolderLeavesTheOldFileAsItWas() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = folder.resolve("plan.cxplan.json");
        Files.writeString(file, "old content");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(folder), "the superuser may write anywhere");

            PlanFileException e = assertThrows(PlanFileException.class, () -> PlanWriter.save(example(), file));

            assertEquals("old content", Files.readString(file));
            assertEquals("Could not save \"" + file + "\": permission denied.", e.sentence(new Messages(Language.EN)));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void saveIntoAFolderThatDoesNotExistIsRefusedInOneSentence() throws Exception {
        Path file = dir.resolve("nowhere").resolve("plan.cxplan.json");

        PlanFileException e = assertThrows(PlanFileException.class, () -> PlanWriter.save(example(), file));

        assertEquals("Could not save \"" + file + "\": the file or folder does not exist.",
                e.sentence(new Messages(Language.EN)));
        assertFalse(Files.exists(dir.resolve("nowhere")));
    }

    @Test
    void savingNeverWritesThroughASymbolicLinkOntoAnotherFile() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere")).resolve("their.cxplan.json");
        Files.writeString(elsewhere, "their file");
        Path link = Files.createSymbolicLink(dir.resolve("plan.cxplan.json"), elsewhere);

        Plan saved = PlanWriter.save(example(), link);

        assertEquals("their file", Files.readString(elsewhere));
        assertFalse(Files.isSymbolicLink(link));
        assertEquals(saved, PlanReader.read(link));
    }
}
