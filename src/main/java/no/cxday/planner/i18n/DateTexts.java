package no.cxday.planner.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Dates and times as the program writes them in its language, the same on the screen and on paper:
 * "tirsdag 6. oktober 2026", "tirsdag 6. oktober", "10:00", "tirsdag 6. oktober, 10:00".
 */
public final class DateTexts {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter day;

    public DateTexts(Messages messages) {
        this.messages = messages;
        longDate = DateTimeFormatter.ofPattern(messages.get("date.long"), messages.language().locale());
        day = DateTimeFormatter.ofPattern(messages.get("timeline.dayFormat"), messages.language().locale());
    }

    /** The weekday, the day, the month and the year: "tirsdag 6. oktober 2026". */
    public String longDate(LocalDate date) {
        return date.format(longDate);
    }

    /** The weekday, the day and the month: "tirsdag 6. oktober". */
    public String day(TemporalAccessor date) {
        return day.format(date);
    }

    /** The time of day: "10:00". */
    public static String clock(TemporalAccessor time) {
        return CLOCK.format(time);
    }

    /** The day and the time: "tirsdag 6. oktober, 10:00". */
    public String dayAndTime(TemporalAccessor dateTime) {
        return messages.format("date.dayAndTime", day(dateTime), clock(dateTime));
    }
}
