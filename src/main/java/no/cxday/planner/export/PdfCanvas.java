package no.cxday.planner.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import no.cxday.planner.model.Pillar;

/**
 * A thin layer over PDFBox for the agenda: pages of one size, embedded fonts that can print any
 * text (see {@link PdfFonts}), wrapping, and the pillar marks.
 */
final class PdfCanvas implements AutoCloseable {

    static final float MARGIN = 40;
    private final PDDocument document = new PDDocument();
    private final PDRectangle size;
    private final PdfFonts fonts = new PdfFonts(document);
    private PDPageContentStream content;
    private float y;

    PdfCanvas(boolean landscape) {
        this(landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4);
    }

    PdfCanvas(PDRectangle size) {
        this.size = size;
    }

    PDDocument document() {
        return document;
    }

    float width() {
        return size.getWidth();
    }

    float height() {
        return size.getHeight();
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return size.getWidth() - MARGIN;
    }

    /** The lowest a line may go, leaving room for the page number. */
    float bottom() {
        return MARGIN + 14;
    }

    float y() {
        return y;
    }

    void moveDown(float by) {
        y -= by;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    /** Starts a new page when fewer than {@code needed} points are left. True when it did. */
    boolean ensureRoom(float needed) throws IOException {
        if (content == null || y - needed < bottom()) {
            newPage();
            return true;
        }
        return false;
    }

    /** The text as the fonts print it (see {@link PdfFonts#printable}). */
    String printable(String text) {
        return fonts.printable(text);
    }

    float textWidth(String text, boolean strong, float fontSize) {
        return fonts.width(printable(text), strong, fontSize);
    }

    /** Splits text into lines no wider than {@code maxWidth}; a word too long for a line is broken. */
    List<String> wrap(String text, boolean strong, float fontSize, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text).strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (textWidth(candidate, strong, fontSize) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (textWidth(rest, strong, fontSize) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && textWidth(rest.substring(0, cut), strong, fontSize) > maxWidth) {
                    cut--;
                }
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    void text(String text, float x, float baseline, boolean strong, float fontSize, Color color) throws IOException {
        content.beginText();
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, baseline);
        for (PdfFonts.Run run : fonts.runs(printable(text), strong)) {
            content.setFont(run.font(), fontSize);
            content.showText(run.text());
        }
        content.endText();
    }

    void rectangle(float x, float yBottom, float w, float h, Color fill, Color stroke) throws IOException {
        content.addRect(x, yBottom, w, h);
        if (fill != null && stroke != null) {
            content.setNonStrokingColor(fill);
            content.setStrokingColor(stroke);
            content.fillAndStroke();
        } else if (fill != null) {
            content.setNonStrokingColor(fill);
            content.fill();
        } else {
            content.setStrokingColor(stroke);
            content.stroke();
        }
    }

    void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        content.setStrokingColor(color);
        content.setLineWidth(width);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
        content.setLineWidth(1);
    }

    /** Fills the rectangles, each {x, yBottom, width, height}, as one shape, so that no seam shows where two touch. */
    void fillRectangles(List<float[]> rectangles, Color fill) throws IOException {
        for (float[] r : rectangles) {
            content.addRect(r[0], r[1], r[2], r[3]);
        }
        content.setNonStrokingColor(fill);
        content.fill();
    }

    void image(PDImageXObject image, float x, float yBottom, float w, float h) throws IOException {
        content.drawImage(image, x, yBottom, w, h);
    }

    /** Makes the area of the page being laid out (the last) a link to {@code uri}, for a PDF reader to open. */
    void link(float x, float yBottom, float w, float h, String uri) throws IOException {
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, yBottom, w, h));
        link.setAction(action);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDPage page = document.getPage(document.getNumberOfPages() - 1);
        List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
        annotations.add(link);
        page.setAnnotations(annotations);
    }

    /**
     * A pillar mark, by shape as well as colour so that it reads in greyscale: anerkjennelse a
     * circle, læring a square, engasjement a triangle. Drawn with its centre at (x, y).
     */
    void mark(Pillar pillar, float x, float cy, float size) throws IOException {
        float r = size / 2;
        switch (pillar) {
            case ANERKJENNELSE -> {
                float k = 0.552f * r;
                content.moveTo(x + r, cy);
                content.curveTo(x + r, cy + k, x + k, cy + r, x, cy + r);
                content.curveTo(x - k, cy + r, x - r, cy + k, x - r, cy);
                content.curveTo(x - r, cy - k, x - k, cy - r, x, cy - r);
                content.curveTo(x + k, cy - r, x + r, cy - k, x + r, cy);
            }
            case LAERING -> content.addRect(x - r * 0.9f, cy - r * 0.9f, 1.8f * r * 0.9f, 1.8f * r * 0.9f);
            case ENGASJEMENT -> {
                content.moveTo(x, cy + r);
                content.lineTo(x + r, cy - r);
                content.lineTo(x - r, cy - r);
                content.closePath();
            }
        }
        content.setNonStrokingColor(PillarColors.of(pillar));
        content.setStrokingColor(Color.DARK_GRAY);
        content.setLineWidth(0.5f);
        content.fillAndStroke();
        content.setLineWidth(1);
    }

    /** Writes every page's footer, then the document; the canvas is spent afterwards. */
    byte[] finish(PageFooter footer) throws IOException {
        if (content == null) {
            newPage();
        }
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream page = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = page;
                footer.write(this, i + 1, pages);
            }
        }
        content = null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    /** What stands at the foot of each page. */
    interface PageFooter {
        void write(PdfCanvas canvas, int page, int pages) throws IOException;
    }

    @Override
    public void close() throws IOException {
        try {
            document.close();
        } finally {
            fonts.close();
        }
    }
}
