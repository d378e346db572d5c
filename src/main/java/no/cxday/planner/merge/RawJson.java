package no.cxday.planner.merge;

import java.util.Objects;

/** The value of a field this program does not know, as the file holds it: JSON text. */
public record RawJson(String text) {

    public RawJson {
        Objects.requireNonNull(text);
    }
}
