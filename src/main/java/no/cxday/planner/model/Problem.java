package no.cxday.planner.model;

import java.util.List;

/**
 * One thing wrong with a plan: where (a JSON path such as {@code activities[3].end}), and what, as a
 * message key of the bundle with its arguments, so that each language can say it.
 */
public record Problem(String path, String key, List<Object> args) {

    public Problem(String path, String key, Object... args) {
        this(path, key, List.of(args));
    }
}
