package no.cxday.planner.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Properties;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.model.TimeGrid;

/**
 * What the program remembers between runs, in a small properties file in the config folder. A
 * value that is missing or cannot be read falls back to its default; the file is a convenience.
 *
 * @param language a language code ("nb", "en"), or null for the system's
 * @param theme    a theme key ("light", "dark", "high-contrast")
 * @param window   where the window was, or null
 */
public record Preferences(String language, String theme, int gridStep, WindowBounds window) {

    public static final Preferences DEFAULTS = new Preferences(null, "light", 15, null);

    /** The window's place and size on the desktop. */
    public record WindowBounds(double x, double y, double width, double height) {
    }

    public Preferences withLanguage(String newLanguage) {
        return new Preferences(newLanguage, theme, gridStep, window);
    }

    public Preferences withTheme(String newTheme) {
        return new Preferences(language, newTheme, gridStep, window);
    }

    public Preferences withGridStep(int newGridStep) {
        return new Preferences(language, theme, newGridStep, window);
    }

    public Preferences withWindow(WindowBounds newWindow) {
        return new Preferences(language, theme, gridStep, newWindow);
    }

    /**
     * Reads the preferences; a value this version does not know (a language it does not speak, a
     * theme or grid step from a newer version) falls back to its default.
     *
     * @param themes the keys of the themes this version has
     */
    public static Preferences load(Path file, Collection<String> themes) {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULTS;
        }
        String language = values.getProperty("language");
        String theme = values.getProperty("theme");
        int gridStep = integer(values.getProperty("gridStep"), DEFAULTS.gridStep());
        return new Preferences(Language.ofCode(language).isPresent() ? language : DEFAULTS.language(),
                theme != null && themes.contains(theme) ? theme : DEFAULTS.theme(),
                TimeGrid.STEPS.contains(gridStep) ? gridStep : DEFAULTS.gridStep(), window(values));
    }

    private static WindowBounds window(Properties values) {
        try {
            WindowBounds bounds = new WindowBounds(Double.parseDouble(values.getProperty("windowX")),
                    Double.parseDouble(values.getProperty("windowY")),
                    Double.parseDouble(values.getProperty("windowWidth")),
                    Double.parseDouble(values.getProperty("windowHeight")));
            boolean finite = Double.isFinite(bounds.x() + bounds.y() + bounds.width() + bounds.height());
            return finite && bounds.width() > 0 && bounds.height() > 0 ? bounds : null;
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }

    private static int integer(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Writes the preferences atomically; a failure is not reported, the program works on without them. */
    public void save(Path file) {
        Properties values = new Properties();
        if (language != null) {
            values.setProperty("language", language);
        }
        values.setProperty("theme", theme);
        values.setProperty("gridStep", Integer.toString(gridStep));
        if (window != null) {
            values.setProperty("windowX", Double.toString(window.x()));
            values.setProperty("windowY", Double.toString(window.y()));
            values.setProperty("windowWidth", Double.toString(window.width()));
            values.setProperty("windowHeight", Double.toString(window.height()));
        }
        try {
            StringWriter text = new StringWriter();
            values.store(text, "CX Day Planner");
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            // Remembered next time, perhaps; nothing the coordinator made is at stake.
        }
    }
}
