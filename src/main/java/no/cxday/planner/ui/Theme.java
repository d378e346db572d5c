package no.cxday.planner.ui;

import java.util.Arrays;

/**
 * The looks: each theme is a stylesheet of looked-up colours laid over the base one, so that the
 * pillar colours stay apart (by lightness, and by shape) in every theme and in greyscale.
 */
public enum Theme {
    LIGHT("light", null),
    DARK("dark", "theme-dark.css"),
    HIGH_CONTRAST("high-contrast", "theme-high-contrast.css");

    private final String key;
    private final String stylesheet;

    Theme(String key, String stylesheet) {
        this.key = key;
        this.stylesheet = stylesheet;
    }

    public String key() {
        return key;
    }

    /** The stylesheet laid over the base one, or null for the light theme, which is the base. */
    public String stylesheet() {
        return stylesheet == null ? null : Theme.class.getResource(stylesheet).toExternalForm();
    }

    public static Theme fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst().orElse(LIGHT);
    }
}
