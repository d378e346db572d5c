package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {

    private static final List<String> THEMES = List.of("light", "dark", "high-contrast");

    @TempDir
    Path dir;

    @Test
    void whatIsRememberedComesBackTheSame() {
        Path file = dir.resolve("config").resolve("preferences.properties");
        Preferences saved = Preferences.DEFAULTS.withLanguage("en").withTheme("dark").withGridStep(30)
                .withWindow(new Preferences.WindowBounds(-1200.5, 40, 1024, 700));

        saved.save(file);

        assertEquals(saved, Preferences.load(file, THEMES));
    }

    @Test
    void aMissingOrBrokenFileGivesTheDefaults() throws Exception {
        assertEquals(Preferences.DEFAULTS, Preferences.load(dir.resolve("none.properties"), THEMES));

        Path broken = dir.resolve("broken.properties");
        Files.writeString(broken, "gridStep=fem\nwindowX=NaN\nwindowY=1\nwindowWidth=-3\nwindowHeight=2\n");
        Preferences read = Preferences.load(broken, THEMES);
        assertEquals(Preferences.DEFAULTS.gridStep(), read.gridStep());
        assertNull(read.window());
    }

    @Test
    void aValueThisVersionDoesNotKnowFallsBackToItsDefault() throws Exception {
        Path newer = dir.resolve("newer.properties");
        Files.writeString(newer, "language=de\ntheme=solarized\ngridStep=7\n");

        Preferences read = Preferences.load(newer, THEMES);

        assertNull(read.language(), "the system's language, not one the program cannot speak");
        assertEquals(Preferences.DEFAULTS.theme(), read.theme());
        assertEquals(Preferences.DEFAULTS.gridStep(), read.gridStep());
        Files.writeString(newer, "language=nb\ntheme=high-contrast\ngridStep=5\n");
        assertEquals(new Preferences("nb", "high-contrast", 5, null), Preferences.load(newer, THEMES));
    }
}
