package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {

    @TempDir
    Path dir;

    @Test
    void whatIsRememberedComesBackTheSame() {
        Path file = dir.resolve("config").resolve("preferences.properties");
        Preferences saved = Preferences.DEFAULTS.withLanguage("en").withTheme("dark").withGridStep(30)
                .withWindow(new Preferences.WindowBounds(-1200.5, 40, 1024, 700));

        saved.save(file);

        assertEquals(saved, Preferences.load(file));
    }

    @Test
    void aMissingOrBrokenFileGivesTheDefaults() throws Exception {
        assertEquals(Preferences.DEFAULTS, Preferences.load(dir.resolve("none.properties")));

        Path broken = dir.resolve("broken.properties");
        Files.writeString(broken, "gridStep=fem\nwindowX=NaN\nwindowY=1\nwindowWidth=-3\nwindowHeight=2\n");
        Preferences read = Preferences.load(broken);
        assertEquals(Preferences.DEFAULTS.gridStep(), read.gridStep());
        assertNull(read.window());
    }
}
