package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Review;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are not plans at all: broken JSON, wrong encoding, too large, too deep. */
class PlanReaderInputTest {

    private static final Messages EN = new Messages(Language.EN);

    @TempDir
    Path dir;

    private Path write(byte[] bytes) throws IOException {
        Path file = dir.resolve("input.cxplan.json");
        Files.write(file, bytes);
        return file;
    }

    private Path write(String text) throws IOException {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a file that must be refused; checks it was left as it was and returns the sentence. */
    private String refusal(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        PlanFileException e = assertThrows(PlanFileException.class, () -> PlanReader.read(file));
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
        String sentence = e.sentence(EN);
        assertTrue(sentence.startsWith("Could not open \"" + file + "\": "), sentence);
        return sentence;
    }

    private static String example() {
        return PlanFixtures.text("example.cxplan.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t \n"})
    void anEmptyFileIsABadFileNotAnEmptyPlan(String text) throws IOException {
        assertTrue(refusal(write(text)).endsWith(": the file is empty."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"format\": \"cxday-plan\", // a comment\n}",
        "{\"format\": \"cxday-plan\",}",
        "{'format': 'cxday-plan'}",
        "{format: \"cxday-plan\"}",
        "{\"format\": \"cxday-plan\", \"schemaVersion\": NaN}",
        "{\"format\": \"cxday-plan\", \"lanes\": [1,]}",
        "{\"format\": \"cxday-plan\"",
        "{\"format\" \"cxday-plan\"}",
        "{\"format\": \"cxday-plan\"; \"x\": 1}",
        "\u0000"})
    void textThatIsNotStrictJsonIsRefusedWithItsLineAndColumn(String text) throws IOException {
        assertTrue(refusal(write(text)).contains("the text is not valid JSON (line 1, column "), text);
    }

    @Test
    void aSecondValueAfterThePlanIsRefused() throws IOException {
        assertTrue(refusal(write(example() + "\n{}")).contains("there is more after the plan"));
    }

    @Test
    void aNameTwiceInOneObjectIsRefusedWithItsPath() throws IOException {
        String twice = example().replace("\"title\": \"Kake og kaffe\",",
                "\"title\": \"Kake og kaffe\", \"title\": \"Kake\",");

        assertTrue(refusal(write(twice)).contains(": activities[0].title: the name \"title\" appears twice"));
    }

    @Test
    void nestingThousandsDeepIsAClearErrorNotAStackOverflow() throws IOException {
        String deep = example().replace("\"customIdeas\": []",
                "\"customIdeas\": [], \"x\": " + "[".repeat(100_000) + "]".repeat(100_000));

        assertTrue(refusal(write(deep)).contains("nested deeper than 64 levels"));
    }

    @Test
    void aFileOverTwentyMebibytesIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.cxplan.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(30L * 1024 * 1024);
        }

        assertTrue(refusal(file).endsWith("the file is 30.0 MB, and a plan file may be at most 20 MiB."));
    }

    @Test
    void invalidUtf8IsRefusedWithTheOffendingByte() throws IOException {
        byte[] valid = example().getBytes(StandardCharsets.UTF_8);
        int at = example().indexOf("Kantina");
        valid[at] = (byte) 0xC3;
        valid[at + 1] = (byte) 0x28;

        assertTrue(refusal(write(valid)).contains("the file is not valid UTF-8 text (byte " + at + ")"));
    }

    @Test
    void aReplacementCharacterWrittenOnPurposeIsReadAndABrokenByteAfterItIsStillFound() throws Exception {
        String text = example().replace("CX-dagen 2026", "CX-dagen \uFFFD 2026");
        assertEquals("CX-dagen \uFFFD 2026", PlanReader.read(write(text)).title());

        byte[] broken = text.getBytes(StandardCharsets.UTF_8);
        int at = text.indexOf("Kantina") + 2;
        broken[at] = (byte) 0xFF;
        assertTrue(refusal(write(broken)).contains("the file is not valid UTF-8 text (byte " + at + ")"));
    }

    @Test
    void aByteOrderMarkIsTolerated() throws Exception {
        Path file = write("\uFEFF" + example());

        assertEquals("CX-dagen 2026", PlanReader.read(file).title());
    }

    @Test
    void aJsonValueThatIsNotAnObjectIsNotAPlan() throws IOException {
        assertTrue(refusal(write("[1, 2, 3]")).contains("the file is not a CX Day plan"));
        assertTrue(refusal(write("\"cxday-plan\"")).contains("the file is not a CX Day plan"));
    }

    @Test
    void aMissingFileAndAFolderAreRefusedInOneSentence() throws IOException {
        Path missing = dir.resolve("gone.cxplan.json");
        PlanFileException e = assertThrows(PlanFileException.class, () -> PlanReader.read(missing));
        assertEquals("Could not open \"" + missing + "\": the file or folder does not exist.", e.sentence(EN));

        PlanFileException folder = assertThrows(PlanFileException.class, () -> PlanReader.read(dir));
        assertEquals("Could not open \"" + dir + "\": it is a folder, not a file.", folder.sentence(EN));
    }

    @Test
    void missingOptionalFieldsReadAsTheirDefaults() throws Exception {
        JsonObject plan = PlanFixtures.example();
        for (String optional : List.of("organization", "timeZone", "customIdeas", "review")) {
            plan.remove(optional);
        }
        JsonObject activity = plan.getAsJsonArray("activities").get(0).getAsJsonObject();
        for (String optional : List.of("ideaId", "responsible", "location", "notes", "tasks", "evaluation")) {
            activity.remove(optional);
        }

        Plan read = PlanReader.read(write(plan.toString()));

        assertEquals("", read.organization());
        assertEquals("Europe/Oslo", read.timeZone());
        assertEquals(List.of(), read.customIdeas());
        assertEquals(Review.EMPTY.learnings(), read.review().learnings());
        assertNull(read.lastYear());
        assertNull(read.activities().get(0).ideaId());
        assertEquals(List.of(), read.activities().get(0).tasks());
        assertNull(read.activities().get(0).evaluation());
    }

    @Test
    void anIdeaIdTheProgramDoesNotKnowIsKept() throws Exception {
        String unknownIdea = example().replace("\"kake-og-kaffe\"", "\"idea-from-2031\"");

        assertEquals("idea-from-2031", PlanReader.read(write(unknownIdea)).activities().get(0).ideaId());
    }

    @Test
    void aPlanFromANewerVersionOpensReadOnlyAndIsNeverWrittenBack() throws Exception {
        Path file = write(example().replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"));
        byte[] before = Files.readAllBytes(file);

        Plan plan = PlanReader.read(file);
        PlanFileException e = assertThrows(PlanFileException.class, () -> PlanWriter.save(plan, file));

        assertTrue(plan.isFromNewerVersion());
        assertTrue(e.sentence(EN).startsWith("Could not save \"" + file + "\": the plan was made by a newer version"));
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
