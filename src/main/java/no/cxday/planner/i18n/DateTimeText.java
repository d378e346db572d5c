package no.cxday.planner.i18n;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates and times a user sees and types, in the program's language rather than the JVM's:
 * bokmål shows 06.10.2026 and reads 6.10.26 too, English shows 6 Oct 2026 and reads 6 October 2026
 * and Oct 6, 2026; both read 2026-10-06. A time is shown as 08:30 and read as 8.30, 8:30, 0830 or 8.
 */
public final class DateTimeText {

    /** "11.30", "11:30", "9.05" or "11": an hour, then perhaps minutes after a dot or a colon. */
    private static final Pattern SEPARATED_TIME = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?");
    /** "1130", "0930" or "930": hours and minutes run together. */
    private static final Pattern RUN_TOGETHER_TIME = Pattern.compile("(\\d{1,2})(\\d{2})");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Language language;
    private final DateTimeFormatter shown;
    private final List<DateTimeFormatter> read;

    public DateTimeText(Language language) {
        this.language = language;
        Locale locale = language.locale();
        if (language == Language.NB) {
            shown = DateTimeFormatter.ofPattern("dd.MM.uuuu", locale);
            read = List.of(reader("d.M.", locale), DateTimeFormatter.ISO_LOCAL_DATE);
        } else {
            shown = DateTimeFormatter.ofPattern("d MMM uuuu", locale);
            read = List.of(reader("d MMM ", locale), reader("d MMMM ", locale), reader("MMM d[,] ", locale),
                    reader("MMMM d[,] ", locale), DateTimeFormatter.ISO_LOCAL_DATE);
        }
    }

    /** Day and month as {@code pattern}, then a year of four digits or of two (2000 + yy). */
    private static DateTimeFormatter reader(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .appendValueReduced(ChronoField.YEAR, 2, 4, 2000).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    public Language language() {
        return language;
    }

    public String date(LocalDate date) {
        return date.format(shown);
    }

    public String time(LocalTime time) {
        return time.format(CLOCK);
    }

    public String dateTime(LocalDateTime dateTime) {
        return date(dateTime.toLocalDate()) + " " + time(dateTime.toLocalTime());
    }

    /** The date {@code text} names, or empty when it is blank or names none. */
    public Optional<LocalDate> parseDate(String text) {
        String typed = text.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : read) {
            try {
                return Optional.of(LocalDate.parse(typed, format));
            } catch (DateTimeException e) {
                // the next way of writing it may fit
            }
        }
        return Optional.empty();
    }

    /** The time of day {@code text} names, or empty when it is blank or names none. */
    public Optional<LocalTime> parseTime(String text) {
        String typed = text.strip();
        Matcher matcher = SEPARATED_TIME.matcher(typed);
        if (!matcher.matches()) {
            matcher = RUN_TOGETHER_TIME.matcher(typed);
            if (!matcher.matches()) {
                return Optional.empty();
            }
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }
}
