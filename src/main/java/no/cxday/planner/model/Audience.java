package no.cxday.planner.model;

import java.util.Arrays;
import java.util.Optional;

/** Who an idea is for. */
public enum Audience {
    KUNDER("kunder"),
    ANSATTE("ansatte"),
    BEGGE("begge");

    private final String key;

    Audience(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Audience> fromKey(String key) {
        return Arrays.stream(values()).filter(a -> a.key.equals(key)).findFirst();
    }
}
