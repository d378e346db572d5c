package no.cxday.planner.model;

import java.util.List;
import java.util.Objects;

/**
 * An idea from the built-in bank (in one language) or one the coordinator wrote, with the tasks it
 * usually needs ({@code preparation}).
 */
public record Idea(String id, Category category, String title, String summary, Pillars pillars,
        int durationMinutes, Audience audience, List<IdeaTask> preparation, Extras extras) {

    public static final int MIN_DURATION = 5;
    public static final int MAX_DURATION = 1440;

    public Idea {
        Objects.requireNonNull(id);
        Objects.requireNonNull(category);
        Objects.requireNonNull(title);
        Objects.requireNonNull(summary);
        Objects.requireNonNull(pillars);
        Objects.requireNonNull(audience);
        preparation = List.copyOf(preparation);
        Objects.requireNonNull(extras);
    }
}
