package no.cxday.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CliHarness cli = new CliHarness();

    private Path plan;

    @BeforeEach
    void aPlan() throws Exception {
        plan = dir.resolve("plan.cxplan.json");
        Files.writeString(plan, PlanFixtures.text("planner.cxplan.json"));
    }

    private int export(String... args) {
        return cli.run("export", args);
    }

    private String err() {
        return cli.err();
    }

    @Test
    void theAgendaAndTheCalendarAreWrittenWhereAsked() throws Exception {
        Path pdf = dir.resolve("agenda.pdf");
        Path ics = dir.resolve("kantina.ics");

        int exit = export(plan.toString(), "--pdf", pdf.toString(), "--layout", "grid", "--lang", "nb", "--checklist",
                "--ics", ics.toString(), "--lane", "kantina");

        assertEquals(0, exit, err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("tirsdag 6. oktober 2026") && text.contains("Forberedelser"), text);
        }
        String calendar = Files.readString(ics);
        assertTrue(calendar.contains("SUMMARY:Kake og kaffe"));
        assertFalse(calendar.contains("SUMMARY:CX workshops"), "only the lane that was asked for");
        assertEquals("Skrev " + pdf + "\nSkrev " + ics + "\n", cli.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("agenda.pdf", "kantina.ics", "plan.cxplan.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
    }

    @Test
    void anOutputThatCannotBeWrittenGetsOneSentenceAndExitOne() {
        Path nowhere = dir.resolve("missing").resolve("agenda.pdf");

        assertEquals(1, export(plan.toString(), "--pdf", nowhere.toString()));

        assertEquals("Could not write \"" + nowhere + "\": the file or folder does not exist.\n", err());
    }

    @Test
    void aBadPlanGetsTheReadersSentenceAndNothingIsWritten() throws Exception {
        Files.writeString(plan, "{");
        Path pdf = dir.resolve("agenda.pdf");

        assertEquals(1, export(plan.toString(), "--pdf", pdf.toString()));

        assertTrue(err().startsWith("Could not open \"" + plan + "\": "), err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void anExistingOutputIsReplacedWhole() throws Exception {
        Path ics = dir.resolve("all.ics");
        Files.writeString(ics, "old");

        assertEquals(0, export(plan.toString(), "--ics", ics.toString()));

        assertTrue(Files.readString(ics).startsWith("BEGIN:VCALENDAR"));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, export(plan.toString()));
        assertTrue(err().startsWith("Name a plan and at least one of --pdf OUT.pdf, --tasks-pdf OUT.pdf, --ics OUT.ics,"
                + " --poster OUT.pdf and --html OUT.html."), err());
        assertEquals(2, export("--pdf", "x.pdf"));
        assertEquals(2, export(plan.toString(), "--pdf", "x.pdf", "--layout", "round"));
        assertEquals(2, export(plan.toString(), "--ics", "x.ics", "--lane", "taket"));
        assertEquals(2, export(plan.toString(), "--pdf"));
        assertEquals(2, export(plan.toString(), "--frobnicate"));
    }

    @Test
    void thePosterIsWrittenOnThePaperAndInTheLanguageAsked() throws Exception {
        Path a3 = dir.resolve("plakat.pdf");
        Path a4 = dir.resolve("poster.pdf");

        assertEquals(0, export(plan.toString(), "--poster", a3.toString(), "--lang", "nb"), err());
        assertEquals(0, export(plan.toString(), "--poster", a4.toString(), "--paper", "a4", "--lang", "en"), err());

        try (PDDocument poster = Loader.loadPDF(a3.toFile())) {
            assertEquals(PDRectangle.A3.getHeight(), poster.getPage(0).getMediaBox().getHeight(), 0.01,
                    "A3 unless asked");
        }
        try (PDDocument poster = Loader.loadPDF(a4.toFile())) {
            assertEquals(PDRectangle.A4.getWidth(), poster.getPage(0).getMediaBox().getWidth(), 0.01);
        }
        assertTrue(pdfText(a3).contains("tirsdag 6. oktober"), pdfText(a3));
        assertTrue(pdfText(a4).contains("Tuesday 6 October") && pdfText(a4).contains("Kake og kaffe"), pdfText(a4));
        assertEquals("Skrev " + a3 + "\nWrote " + a4 + "\n", cli.out());
    }

    @Test
    void theAnnouncementIsWrittenAsOneUtf8HtmlFile() throws Exception {
        Path html = dir.resolve("kunngjøring.html");

        assertEquals(0, export(plan.toString(), "--html", html.toString(), "--lang", "nb"), err());

        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<!DOCTYPE html>") && text.contains("<meta charset=\"utf-8\">"), text);
        assertTrue(text.contains("<strong>Kake og kaffe</strong>") && text.contains("tirsdag 6. oktober 2026"), text);
        assertTrue(text.contains("Marker dagen med noe hyggelig og synlig i kantina."), "the idea's summary: " + text);
    }

    @Test
    void aPaperThatIsNotA3OrA4IsAUsageError() {
        Path poster = dir.resolve("plakat.pdf");

        assertEquals(2, export(plan.toString(), "--poster", poster.toString(), "--paper", "a5"));
        assertEquals(2, export(plan.toString(), "--poster"));
        assertEquals(2, export(plan.toString(), "--html"));
        assertFalse(Files.exists(poster));
    }

    private Path preparation() throws Exception {
        Path file = dir.resolve("preparation.cxplan.json");
        Files.writeString(file, PlanFixtures.text("preparation.cxplan.json"));
        return file;
    }

    @Test
    void withTasksTheCalendarHasTheOpenDueDatesAsAllDayEvents() throws Exception {
        Path file = preparation();
        Path ics = dir.resolve("frister.ics");

        assertEquals(0, export(file.toString(), "--ics", ics.toString(), "--with-tasks", "--lang", "nb"), err());

        String calendar = Files.readString(ics);
        assertTrue(calendar.contains("SUMMARY:Frist: Låne kaffetrakter – Kake og kaffe"), calendar);
        assertTrue(calendar.contains("SUMMARY:Frist: Invitere kunder – Frokostseminar"), calendar);
        assertTrue(calendar.contains("DTSTART;VALUE=DATE:20270914"), calendar);
        assertFalse(calendar.contains("Bestille kake"), "a task that is done stays out");
        assertEquals("Skrev " + ics + "\n", cli.out());

        cli.resetOutputs();
        assertEquals(0, export(file.toString(), "--ics", ics.toString()));
        assertFalse(Files.readString(ics).contains("VALUE=DATE"), "only with --with-tasks");
    }

    @Test
    void anOlderFilesTasksGoToTheCalendarUnderTheIdsItsFirstSaveWillGiveThem() throws Exception {
        Path old = dir.resolve("uten-id.cxplan.json");
        Files.writeString(old, Files.readString(Path.of("docs/examples/cx-dagen-2026.cxplan.json"))
                .replaceAll("\"id\": \"t-[0-9]+\",\\s*", ""));
        Path ics = dir.resolve("frister.ics");

        assertEquals(0, export(old.toString(), "--ics", ics.toString(), "--with-tasks"), err());

        String calendar = Files.readString(ics);
        no.cxday.planner.model.Plan saved = no.cxday.planner.storage.PlanWriter.save(PlanReader.read(old),
                dir.resolve("lagret.cxplan.json"));
        List<String> open = saved.activities().stream().flatMap(a -> a.tasks().stream())
                .filter(t -> !t.done() && t.due() != null).map(t -> t.id()).toList();
        assertTrue(!open.isEmpty());
        for (String id : open) {
            assertTrue(calendar.contains(id), id + " is in a UID of the calendar");
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }

    @Test
    void whoDoesWhatIsWrittenInTheLanguageAsked() throws Exception {
        Path file = preparation();
        Path pdf = dir.resolve("hvem.pdf");

        assertEquals(0, export(file.toString(), "--tasks-pdf", pdf.toString(), "--lang", "nb"), err());

        String text = pdfText(pdf);
        assertTrue(text.startsWith("Hvem gjør hva – CX-dagen 2027"), text);
        assertTrue(text.contains("\nOla\n") && text.contains("Bestille kake"), text);
        assertTrue(text.contains("Budsjett: 25 000,50 SEK"), text);
        assertEquals("Skrev " + pdf + "\n", cli.out());

        cli.resetOutputs();
        assertEquals(0, export(file.toString(), "--tasks-pdf", pdf.toString(), "--lang", "en"), err());
        assertTrue(pdfText(pdf).startsWith("Who does what – CX-dagen 2027"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("hvem.pdf", "plan.cxplan.json", "preparation.cxplan.json"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no temporary file is left");
        }
    }

    @Test
    void whoDoesWhatOfABadPlanOrToNowhereExitsOneAndWithoutAFileTwo() throws Exception {
        Files.writeString(plan, "{");
        Path pdf = dir.resolve("hvem.pdf");
        assertEquals(1, export(plan.toString(), "--tasks-pdf", pdf.toString()));
        assertTrue(err().startsWith("Could not open \"" + plan + "\": "), err());
        assertFalse(Files.exists(pdf));

        cli.resetOutputs();
        Path nowhere = dir.resolve("missing").resolve("hvem.pdf");
        assertEquals(1, export(preparation().toString(), "--tasks-pdf", nowhere.toString()));
        assertEquals("Could not write \"" + nowhere + "\": the file or folder does not exist.\n", err());

        assertEquals(2, export(preparation().toString(), "--tasks-pdf"));
        assertEquals(2, export(preparation().toString(), "--tasks-pdf", pdf.toString(), "--lang", "de"));
        assertEquals(2, export(preparation().toString(), "--with-tasks"));
        assertFalse(Files.exists(pdf));
    }
}
