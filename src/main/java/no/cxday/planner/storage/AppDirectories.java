package no.cxday.planner.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the program keeps its own files, by the conventions of each desktop system. */
public final class AppDirectories {

    static final String NAME = "cxday-planner";

    private AppDirectories() {
    }

    /** The folder for settings and the recent files: {@code $XDG_CONFIG_HOME}, {@code %APPDATA%} or the macOS one. */
    public static Path config() {
        return config(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The folder for the program's data, such as recovery copies: {@code $XDG_DATA_HOME} or its kin. */
    public static Path data() {
        return data(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path data(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.contains("mac")) {
            return config(osName, environment, home);
        }
        String xdg = environment.get("XDG_DATA_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg)).resolve(NAME);
    }

    static Path config(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)).resolve(NAME);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(NAME);
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve(NAME);
    }
}
