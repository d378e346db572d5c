package no.cxday.planner.model;

import java.util.Objects;

/** What the poster and the announcement carry besides the programme; {@code link} may be empty. */
public record Communication(String message, String link, Extras extras) {

    public static final int MAX_MESSAGE_LENGTH = 500;
    public static final int MAX_LINK_LENGTH = 2000;

    public Communication {
        Objects.requireNonNull(message);
        Objects.requireNonNull(link);
        Objects.requireNonNull(extras);
    }
}
