package no.cxday.planner.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a carried-over plan keeps of last year's, so that it stands alone. {@code mixExtras} holds
 * what the file had in {@code mix} beyond the three shares.
 */
public record LastYear(String planId, String title, LocalDate cxDay, Mix mix, Extras mixExtras, Review review,
        Map<String, IdeaRating> ideaRatings, Extras extras) {

    public LastYear {
        Objects.requireNonNull(planId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(cxDay);
        Objects.requireNonNull(mix);
        Objects.requireNonNull(mixExtras);
        Objects.requireNonNull(review);
        ideaRatings = Collections.unmodifiableMap(new LinkedHashMap<>(ideaRatings));
        Objects.requireNonNull(extras);
    }
}
