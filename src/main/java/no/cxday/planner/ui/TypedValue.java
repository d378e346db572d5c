package no.cxday.planner.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import no.cxday.planner.i18n.Messages;

/**
 * A date or time read from what was typed in a field, in the program's language, or the sentence
 * the field shows when it cannot be read. A blank field is a problem only where a value is needed.
 *
 * @param value   what was read; null when nothing was typed or it could not be read
 * @param problem the sentence for the field; empty when there is none
 */
public record TypedValue<T>(T value, String problem) {

    public static TypedValue<LocalTime> time(String text, Messages messages) {
        return read(text, messages.dates().parseTime(text), messages.get("input.noTime"),
                messages.format("input.notATime", text.strip()));
    }

    public static TypedValue<LocalDate> date(String text, Messages messages) {
        return read(text, messages.dates().parseDate(text), messages.get("input.noDate"),
                messages.format("input.notADate", text.strip()));
    }

    /** A date that may be left blank, such as a task's due date: blank reads as none. */
    public static TypedValue<LocalDate> optionalDate(String text, Messages messages) {
        return text.isBlank() ? new TypedValue<>(null, "") : date(text, messages);
    }

    private static <T> TypedValue<T> read(String text, Optional<T> read, String blank, String unreadable) {
        if (read.isPresent()) {
            return new TypedValue<>(read.get(), "");
        }
        return new TypedValue<>(null, text.isBlank() ? blank : unreadable);
    }

    public boolean isRead() {
        return problem.isEmpty();
    }
}
