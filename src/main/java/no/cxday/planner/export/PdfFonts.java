package no.cxday.planner.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: DejaVu Sans for the text, Noto Sans Symbols 2 for the symbols and emoji
 * DejaVu lacks, and a visible box for what neither has. Both are embedded as subsets.
 */
final class PdfFonts implements AutoCloseable {

    /** Printed for a character no font can show, so that a missing glyph is seen, never silent. */
    static final String MISSING_GLYPH = "□";

    /** A piece of text that one font prints. */
    record Run(PDType0Font font, String text) {
    }

    private enum Source { TEXT, SYMBOLS, NONE }

    private final PDDocument document;
    private final List<TrueTypeFont> files = new ArrayList<>();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDType0Font symbols;
    private final Map<Integer, Source> sources = new HashMap<>();

    PdfFonts(PDDocument document) {
        this.document = document;
        regular = load("DejaVuSans.ttf");
        bold = load("DejaVuSans-Bold.ttf");
    }

    /**
     * Loaded without glyph substitution: PDFBox would otherwise print "ff" and "fi" as ligature
     * glyphs whose text is U+FB00 and U+FB01, so that search and copy would not find "kaffe".
     */
    private PDType0Font load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + name)) {
            TrueTypeFont file = new TTFParser().parse(new RandomAccessReadBuffer(in));
            files.add(file);
            file.setEnableGsub(false);
            return PDType0Font.load(document, file, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read only for a PDF that needs it. */
    private PDType0Font symbols() {
        if (symbols == null) {
            symbols = load("NotoSansSymbols2-Regular.ttf");
        }
        return symbols;
    }

    /**
     * The text as it will print: control characters and white space as spaces, the invisible
     * (variation selectors, joiners) left out, and each character no font has as the box.
     */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (invisible(cp)) {
                return;
            } else if (source(cp) == Source.NONE) {
                out.append(MISSING_GLYPH);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean invisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT || (codePoint >= 0xFE00 && codePoint <= 0xFE0F);
    }

    /** Printable text cut where the font changes. */
    List<Run> runs(String printable, boolean strong) {
        PDType0Font text = strong ? bold : regular;
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PDType0Font current = null;
        for (int i = 0; i < printable.length(); i += Character.charCount(printable.codePointAt(i))) {
            int cp = printable.codePointAt(i);
            PDType0Font font = source(cp) == Source.SYMBOLS ? symbols() : text;
            if (font != current && current != null) {
                runs.add(new Run(current, run.toString()));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(cp);
        }
        if (current != null) {
            runs.add(new Run(current, run.toString()));
        }
        return runs;
    }

    float width(String printable, boolean strong, float fontSize) {
        float width = 0;
        try {
            for (Run run : runs(printable, strong)) {
                width += run.font().getStringWidth(run.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return width / 1000 * fontSize;
    }

    private Source source(int codePoint) {
        return sources.computeIfAbsent(codePoint, cp -> {
            String character = new String(Character.toChars(cp));
            if (hasGlyph(regular, character) && hasGlyph(bold, character)) {
                return Source.TEXT;
            }
            return hasGlyph(symbols(), character) ? Source.SYMBOLS : Source.NONE;
        });
    }

    private static boolean hasGlyph(PDType0Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    /** After the document is saved or closed: the font files it printed from. */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont file : files) {
            file.close();
        }
    }
}
