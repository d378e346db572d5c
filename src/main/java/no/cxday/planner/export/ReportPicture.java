package no.cxday.planner.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A picture named in the review's documentation (a JPEG or PNG file on disk), made ready for the
 * report, or why it cannot be: missing, unreadable, or too large. Its size is read from the file's
 * header before anything is decoded, so a huge picture is refused without filling the memory; a
 * large one is decoded at a fraction of its resolution and embedded at most {@link #MAX_SIDE}
 * pixels on a side, so that the report stays small.
 */
final class ReportPicture {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 2000;
    private static final float JPEG_QUALITY = 0.85f;

    /** Why a picture is not in the report; each names a message. */
    enum Trouble {
        MISSING("report.image.missing"), UNREADABLE("report.image.unreadable"), TOO_LARGE("report.image.tooLarge");

        final String key;

        Trouble(String key) {
            this.key = key;
        }
    }

    /** The picture, or why there is none: exactly one of {@code image} and {@code trouble} is set. */
    record Loaded(PDImageXObject image, Trouble trouble) {
    }

    private ReportPicture() {
    }

    /**
     * The file a documentation entry names, when it names a JPEG or PNG file by its extension: a
     * path or a {@code file:} URI, a relative path taken from {@code folder} (the plan's, or null).
     */
    static Optional<Path> fileOf(String entry, Path folder) {
        String text = entry.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png"))) {
            return Optional.empty();
        }
        try {
            Path path = lower.startsWith("file:") ? Path.of(URI.create(text)) : Path.of(text);
            return Optional.of(folder == null || path.isAbsolute() ? path : folder.resolve(path));
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            // not a path this system can have (InvalidPathException), or a URI of another kind of file
            return Optional.empty();
        }
    }

    static Loaded load(PDDocument document, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return new Loaded(null, Trouble.MISSING);
            }
            if (Files.size(file) > MAX_BYTES) {
                return new Loaded(null, Trouble.TOO_LARGE);
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
                if (readers == null || !readers.hasNext()) {
                    return new Loaded(null, Trouble.UNREADABLE);
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    return decode(document, reader);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            // a broken file makes the decoders throw all sorts; any of it means the picture cannot be read
            return new Loaded(null, Trouble.UNREADABLE);
        }
    }

    private static Loaded decode(PDDocument document, ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if ((long) width * height > MAX_PIXELS) {
            return new Loaded(null, Trouble.TOO_LARGE);
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(width, height) / MAX_SIDE);
        param.setSourceSubsampling(step, step, 0, 0);
        BufferedImage image = shrunk(reader.read(0, param));
        boolean photo = reader.getFormatName().toLowerCase(Locale.ROOT).startsWith("jp")
                && !image.getColorModel().hasAlpha();
        return new Loaded(photo ? JPEGFactory.createFromImage(document, image, JPEG_QUALITY)
                : LosslessFactory.createFromImage(document, image), null);
    }

    private static BufferedImage shrunk(BufferedImage image) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        if (longest <= MAX_SIDE) {
            return image;
        }
        double scale = (double) MAX_SIDE / longest;
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage smaller = new BufferedImage(w, h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = smaller.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return smaller;
    }
}
