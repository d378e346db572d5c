package no.cxday.planner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NativeTextTest {

    /** What the JNI's modified UTF-8 makes of a string; a character outside the BMP breaks it. */
    private static boolean survivesModifiedUtf8(String text) {
        return text.codePoints().allMatch(c -> c > 0 && c <= 0xFFFF)
                && new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text);
    }

    @Test
    void emojiAreLeftOutOfWhatTheToolkitShowsAndTheRestStays() {
        String shown = NativeText.of("CX-dagen 2027 🎉 Kundefest – CX-dagen planlegger");

        assertEquals("CX-dagen 2027 Kundefest – CX-dagen planlegger", shown);
        assertTrue(survivesModifiedUtf8(shown));
        assertEquals("Kake og kaffe ☕", NativeText.of("Kake og kaffe ☕\uFE0F"), "a BMP emoji stays, its selector goes");
        assertEquals("Team", NativeText.of("👩‍👩‍👧 Team"), "a joined emoji leaves no joiner behind");
        assertEquals("Blåbær på Ålesund", NativeText.of("Blåbær på Ålesund"));
    }

    @Test
    void onlyTextWithinTheBasicPlaneIsSafe() {
        assertTrue(NativeText.isSafe("CX-dagen 2026 – «Kake og kaffe»"));
        assertFalse(NativeText.isSafe("CX-dagen 🎉"));
        assertFalse(NativeText.isSafe("a\0b"));
        assertTrue(NativeText.isSafe(NativeText.of("a\0b")), "NUL is left out too");
    }

    @Test
    void aProposedFileNameHasNothingAFileSystemOrFileChooserRefuses() {
        assertEquals("CX-dagen 2027 Kundefest", NativeText.fileStem("CX-dagen 2027 🎉 Kundefest", "plan"));
        assertEquals("a b c d e f g h i j", NativeText.fileStem("a/b\\c:d*e?f\"g<h>i|j", "plan"));
        assertEquals("Plan for 2027", NativeText.fileStem("Plan for 2027...  ", "plan"), "no trailing dot or space");
        assertEquals("plan", NativeText.fileStem("🎉🎉", "plan"));
        assertEquals("plan", NativeText.fileStem(" ... ", "plan"));
        assertEquals("con-plan", NativeText.fileStem("con", "plan"), "Windows reserves CON in any case");
        assertEquals("LPT1.utkast-plan", NativeText.fileStem("LPT1.utkast", "plan"));
        assertEquals("Console", NativeText.fileStem("Console", "plan"));
        assertEquals("Tab Linje", NativeText.fileStem("Tab\tLinje\n", "plan"));
        String longTitle = "Æ".repeat(200);
        assertTrue(NativeText.fileStem(longTitle, "plan").getBytes(StandardCharsets.UTF_8).length < 255);
    }

    @Test
    void everyKindOfFileGetsItsExtensionOnTheSafeName() {
        assertEquals("CX-dagen 2027 Kundefest.pdf", FileKind.PDF.fileNameFor("CX-dagen 2027 🎉 Kundefest"));
        assertEquals("CX-dagen 2026 intern.cxplan.json", FileKind.PLAN.fileNameFor("CX-dagen 2026/intern?"));
        assertEquals("plan.ics", FileKind.CALENDAR.fileNameFor("///"));
    }

    @Test
    void anExistingFileNameWithEmojiIsProposedWithoutThemAndNeverAsAHiddenFile() {
        assertEquals("Plan 2026.cxplan.json", FileKind.PLAN.proposedName("Plan 2026.cxplan.json"));
        assertEquals("Fest 2027.cxplan.json", FileKind.PLAN.proposedName("Fest 🎉 2027.cxplan.json"));
        assertEquals("plan.cxplan.json", FileKind.PLAN.proposedName("🎉.cxplan.json"));
    }

    @Test
    void aFileChooserStartsInTheNearestFolderTheToolkitCanTake() {
        Path folder = Path.of("/home/kari/CX 🎉/2027");

        assertEquals(Path.of("/home/kari"), NativeText.folder(folder));
        assertEquals(Path.of("/home/kari/CX"), NativeText.folder(Path.of("/home/kari/CX")));
    }
}
