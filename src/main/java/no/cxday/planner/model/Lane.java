package no.cxday.planner.model;

import java.util.Objects;

/** A parallel track of the day: a room, a channel or a team. */
public record Lane(String id, String name, Extras extras) {

    public Lane {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(extras);
    }

    public Lane(String id, String name) {
        this(id, name, Extras.NONE);
    }
}
