package no.cxday.planner.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text handed to the desktop's own toolkit: the window title, the name a file chooser proposes,
 * the folder it starts in. JavaFX passes such strings to GTK in the JNI's modified UTF-8, where a
 * character outside the Basic Multilingual Plane (most emoji) becomes six bytes that are not UTF-8:
 * GTK shows "������", and a file chooser refuses the name with boxes that cannot be closed.
 */
public final class NativeText {

    /**
     * Emoji and the invisible joiners and selectors that only mean something beside one, and NUL,
     * which modified UTF-8 also writes as bytes that are not UTF-8.
     */
    private static final Pattern EMOJI = Pattern.compile("[^\\u0001-\\uFFFF]|[\\uFE0E\\uFE0F\\u200D\\u20E3]");
    /** What Windows, macOS or Linux folders refuse in a name, and control characters. */
    private static final Pattern NOT_IN_FILE_NAMES = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Set<String> RESERVED_ON_WINDOWS = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    /** Far below the 255 bytes a name may have, also when every letter takes two bytes. */
    private static final int MAX_NAME_LENGTH = 100;

    private NativeText() {
    }

    /** The text as the toolkit can show it: emoji left out, the spaces around them folded. */
    public static String of(String text) {
        return EMOJI.matcher(text).replaceAll(" ").replaceAll("[ \\t]{2,}", " ").strip();
    }

    /** True when the toolkit would get the text as it is. */
    public static boolean isSafe(String text) {
        return !EMOJI.matcher(text).find();
    }

    /**
     * A file name made from a plan's title that every system accepts: no emoji, no character a
     * folder cannot hold, no trailing dot or space, no name Windows reserves, not too long.
     *
     * @param fallback the name when nothing of the title is left
     */
    public static String fileStem(String title, String fallback) {
        String stem = NOT_IN_FILE_NAMES.matcher(of(title)).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (stem.length() > MAX_NAME_LENGTH) {
            stem = stem.substring(0, MAX_NAME_LENGTH);
        }
        stem = stem.replaceAll("[. ]+$", "").replaceAll("^[. ]+", "");
        if (stem.isEmpty()) {
            return fallback;
        }
        String beforeDot = stem.contains(".") ? stem.substring(0, stem.indexOf('.')) : stem;
        return RESERVED_ON_WINDOWS.contains(beforeDot.strip().toUpperCase(Locale.ROOT)) ? stem + "-" + fallback : stem;
    }

    /** The folder a file chooser may start in: {@code folder} or the nearest folder above it the toolkit can take. */
    public static Path folder(Path folder) {
        Path safe = folder;
        while (safe != null && !isSafe(safe.toString())) {
            safe = safe.getParent();
        }
        return safe;
    }
}
