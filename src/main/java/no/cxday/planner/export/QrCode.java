package no.cxday.planner.export;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The QR code of a link, made by ZXing, drawn on a page as vector squares (sharp at any size and on any printer). */
final class QrCode {

    /** The light border, in modules, that a reader needs around the code; the page's white gives it. */
    static final int QUIET_ZONE = 4;

    private final BitMatrix matrix;

    private QrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    /**
     * The code of {@code text}, with medium error correction, or low when the text is too long for
     * medium; empty when it is too long for any (more than about 2,900 bytes of UTF-8).
     */
    static Optional<QrCode> of(String text) {
        for (ErrorCorrectionLevel level : List.of(ErrorCorrectionLevel.M, ErrorCorrectionLevel.L)) {
            try {
                // width and height 0: one matrix cell per module, no border (QUIET_ZONE is left to the page)
                return Optional.of(new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, level, EncodeHintType.CHARACTER_SET, "UTF-8",
                                EncodeHintType.MARGIN, 0))));
            } catch (WriterException e) {
                // too long for this level; try the next
            }
        }
        return Optional.empty();
    }

    /** How many modules the code has on a side. */
    int modules() {
        return matrix.getWidth();
    }

    /** Draws the code as a square of {@code side} points with its lower left corner at (x, yBottom). */
    void draw(PdfCanvas canvas, float x, float yBottom, float side) throws IOException {
        int n = modules();
        float module = side / n;
        List<float[]> runs = new ArrayList<>();
        for (int row = 0; row < n; row++) {
            int column = 0;
            while (column < n) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < n && matrix.get(column, row)) {
                    column++;
                }
                runs.add(new float[] {x + start * module, yBottom + side - (row + 1) * module,
                    (column - start) * module, module});
            }
        }
        canvas.fillRectangles(runs, Color.BLACK);
    }
}
