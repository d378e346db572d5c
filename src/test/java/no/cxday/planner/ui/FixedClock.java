package no.cxday.planner.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock that stands still in Oslo, where the test plans take place, for a window's "today" and "now". */
public final class FixedClock {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private FixedClock() {
    }

    /** Noon of {@code day}. */
    public static Clock on(LocalDate day) {
        return at(day.atTime(12, 0));
    }

    public static Clock at(LocalDateTime time) {
        return Clock.fixed(time.atZone(OSLO).toInstant(), OSLO);
    }
}
