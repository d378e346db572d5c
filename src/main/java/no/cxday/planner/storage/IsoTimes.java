package no.cxday.planner.storage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Reads the ISO-8601 forms plan files use ({@code 2026-10-06}, {@code 08:30}, {@code 2026-10-06T08:30})
 * without the general date-time parser, which costs more than reading the rest of an activity;
 * any other form is left to that parser, so what is accepted does not change.
 */
final class IsoTimes {

    private IsoTimes() {
    }

    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
                && digits(text, 5, 7) && digits(text, 8, 10)) {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        }
        return LocalDate.parse(text);
    }

    static LocalTime time(String text) {
        if (text.length() == 5 && text.charAt(2) == ':' && digits(text, 0, 2) && digits(text, 3, 5)) {
            return LocalTime.of(number(text, 0, 2), number(text, 3, 5));
        }
        return LocalTime.parse(text);
    }

    static LocalDateTime dateTime(String text) {
        if (text.length() == 16 && text.charAt(10) == 'T') {
            return LocalDateTime.of(date(text.substring(0, 10)), time(text.substring(11)));
        }
        return LocalDateTime.parse(text);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }
}
