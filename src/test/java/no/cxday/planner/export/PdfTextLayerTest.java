package no.cxday.planner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Task;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What search and copy in a PDF reader find: the text layer of every PDF the program writes. */
class PdfTextLayerTest {

    private static final Messages NB = new Messages(Language.NB);

    interface Pdf {
        byte[] render(Plan plan) throws IOException;
    }

    static Stream<Arguments> everyPdf() {
        return Stream.of(
                Arguments.of("agenda list", (Pdf) plan -> AgendaPdf.render(plan,
                        new AgendaPdf.Options(AgendaPdf.Layout.LIST, false, false), NB)),
                Arguments.of("agenda grid", (Pdf) plan -> AgendaPdf.render(plan,
                        new AgendaPdf.Options(AgendaPdf.Layout.GRID, true, false), NB)),
                Arguments.of("tasks", (Pdf) plan -> TasksPdf.render(plan, NB)),
                Arguments.of("review report", (Pdf) plan -> ReviewReportPdf.render(plan, NB, null)));
    }

    private static Plan titled(String title) {
        Plan plan = ExportFixtures.plan(2, "Kantina");
        Activity activity = ExportFixtures.activity("a-1", title, "kantina", ExportFixtures.CX_DAY.atTime(8, 0), 120);
        activity = activity.withDetails(title, activity.pillars(), "Kari", "", "",
                List.of(new Task("t-1", "Bestille kake", "Kari", ExportFixtures.CX_DAY, false, Extras.NONE)));
        return plan.withActivities(List.of(activity));
    }

    /** Each glyph as the text layer has it, with the name of the font that printed it. */
    private static List<TextPosition> glyphs(byte[] pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text);
                }
            };
            stripper.getText(document);
        }
        return glyphs;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * The letters as the PDF itself has them: PDFBox's own extraction turns ligatures back into
     * letters, where other readers (poppler's search and copy, for one) give "kaﬀe".
     */
    private static String layer(byte[] pdf) throws IOException {
        return glyphs(pdf).stream().map(TextPosition::getUnicode).collect(Collectors.joining());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPdf")
    void lettersThatFontsJoinAsLigaturesAreInTheTextAsLetters(String name, Pdf pdf) throws IOException {
        String layer = layer(pdf.render(titled("Kake og kaffe, fil og flyt")));

        assertTrue(layer.contains("kaffe") && layer.contains("fil") && layer.contains("flyt"), layer);
        assertTrue(layer.chars().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), "no ligature in the text: " + layer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPdf")
    void anEmojiTheTextFontLacksPrintsFromTheSymbolFont(String name, Pdf pdf) throws IOException {
        byte[] rendered = pdf.render(titled("Kundefest 🏆 ❤️"));

        assertTrue(text(rendered).contains("Kundefest 🏆 ❤"), "the trophy and the heart, no box: " + text(rendered));
        List<String> trophyFonts = glyphs(rendered).stream().filter(g -> g.getUnicode().equals("🏆"))
                .map(g -> g.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "")).distinct().toList();
        assertEquals(List.of("NotoSansSymbols2-Regular"), trophyFonts);
    }
}
