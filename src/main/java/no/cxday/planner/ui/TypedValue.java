package no.cxday.planner.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.CostRules;
import no.cxday.planner.model.Problem;

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

    /**
     * An amount of money that may be left blank (read as none): as this language writes it, and
     * within the rules of an amount in the plan (0 or more, at most two decimals, not too large).
     */
    public static TypedValue<BigDecimal> optionalAmount(String text, Messages messages) {
        return optionalAmount(text, null, messages);
    }

    /**
     * As {@link #optionalAmount(String, Messages)}, but {@code shown}, the amount the field was
     * filled with, to the digit the file had (250.00 stays 250.00), while its text is unchanged.
     */
    public static TypedValue<BigDecimal> optionalAmount(String text, BigDecimal shown, Messages messages) {
        if (shown != null && text.equals(messages.amount(shown))) {
            return new TypedValue<>(shown, "");
        }
        if (text.isBlank()) {
            return new TypedValue<>(null, "");
        }
        Optional<BigDecimal> amount = messages.parseAmount(text);
        if (amount.isEmpty()) {
            return new TypedValue<>(null, messages.format("input.notAnAmount", text.strip()));
        }
        Problem problem = CostRules.amountProblem("", amount.get());
        return problem == null ? new TypedValue<>(amount.get(), "") : new TypedValue<>(null, messages.sentence(problem));
    }

    /**
     * A head count that may be left blank (read as none): a whole number from 0 to {@code most}.
     *
     * @param problemKey the sentence for anything else
     */
    public static TypedValue<Integer> optionalCount(String text, int most, String problemKey, Messages messages) {
        String count = text.replaceAll("[\\s\u00A0\u202F]", "");
        if (count.isEmpty()) {
            return new TypedValue<>(null, "");
        }
        if (count.matches("[0-9]{1,9}") && Integer.parseInt(count) <= most) {
            return new TypedValue<>(Integer.parseInt(count), "");
        }
        return new TypedValue<>(null, messages.format(problemKey, most));
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
