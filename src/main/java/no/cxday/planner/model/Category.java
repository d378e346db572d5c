package no.cxday.planner.model;

import java.util.Arrays;
import java.util.Optional;

/** The idea bank's six headings, and {@code egne} for the coordinator's own ideas. */
public enum Category {
    KUNDENE("kundene"),
    ANSATTE("ansatte"),
    LAERING("laering"),
    SYNLIGHET("synlighet"),
    SAMFUNN("samfunn"),
    SMAA_GREP("smaa-grep"),
    EGNE("egne");

    private final String key;

    Category(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Category> fromKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }
}
