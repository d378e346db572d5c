package no.cxday.planner.i18n;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates and times a user sees and types, in the program's language rather than the JVM's, the
 * same on the screen and on paper: bokmål shows 06.10.2026 and reads 6.10.26 too, English shows
 * 6 Oct 2026 and reads 6 October 2026, Oct 6, 2026 and 6.10.2026 (day first: only Europe dots a date,
 * and 6/10/2026 is refused, as it names 10 June in the US); both read 2026-10-06. A time is shown as
 * 08:30 and read as 8.30, 8:30, 0830 or 8. Written out: "tirsdag 6. oktober 2026", "tirsdag 6.
 * oktober", "tirsdag 6. oktober, 10:00".
 */
public final class DateTimeText {

    /** "11.30", "11:30", "9.05" or "11": an hour, then perhaps minutes after a dot or a colon. */
    private static final Pattern SEPARATED_TIME = Pattern.compile("(\\d{1,2})(?:[.:](\\d{2}))?");
    /** "1130", "0930" or "930": hours and minutes run together. */
    private static final Pattern RUN_TOGETHER_TIME = Pattern.compile("(\\d{1,2})(\\d{2})");
    /** A date ends in a year of two digits or of four (ISO's ends in the day's two): never three. */
    private static final Pattern YEAR_AT_THE_END = Pattern.compile(".*(?<!\\d)(\\d{2}|\\d{4})");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final Messages messages;
    private final Language language;
    private final DateTimeFormatter shown;
    private final List<DateTimeFormatter> read;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter day;

    /** Made by {@link Messages}, whose bundle names the written-out forms; ask it for {@code dates()}. */
    DateTimeText(Messages messages) {
        this.messages = messages;
        this.language = messages.language();
        Locale locale = language.locale();
        longDate = DateTimeFormatter.ofPattern(messages.get("date.long"), locale);
        day = DateTimeFormatter.ofPattern(messages.get("timeline.dayFormat"), locale);
        if (language == Language.NB) {
            shown = DateTimeFormatter.ofPattern("dd.MM.uuuu", locale);
            read = List.of(reader("d.M.", locale), DateTimeFormatter.ISO_LOCAL_DATE);
        } else {
            shown = DateTimeFormatter.ofPattern("d MMM uuuu", locale);
            read = List.of(reader("d MMM ", locale), reader("d MMMM ", locale), reader("MMM d[,] ", locale),
                    reader("MMMM d[,] ", locale), reader("d.M.", locale),
                    DateTimeFormatter.ISO_LOCAL_DATE);
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

    /** The time of day: "10:00", in every language. */
    public static String clock(TemporalAccessor time) {
        return CLOCK.format(time);
    }

    public String dateTime(LocalDateTime dateTime) {
        return date(dateTime.toLocalDate()) + " " + clock(dateTime);
    }

    /** When something happened: "kl. 09:12" on {@code today}, "14.09.2026 kl. 09:12" on another day. */
    public String moment(LocalDateTime at, LocalDate today) {
        return at.toLocalDate().equals(today) ? messages.format("date.todayAt", clock(at))
                : messages.format("date.dayAt", date(at.toLocalDate()), clock(at));
    }

    /** The weekday, the day, the month and the year: "tirsdag 6. oktober 2026". */
    public String longDate(LocalDate date) {
        return date.format(longDate);
    }

    /** The weekday, the day and the month: "tirsdag 6. oktober". */
    public String day(TemporalAccessor date) {
        return day.format(date);
    }

    /** The day and the time: "tirsdag 6. oktober, 10:00". */
    public String dayAndTime(TemporalAccessor dateTime) {
        return messages.format("date.dayAndTime", day(dateTime), clock(dateTime));
    }

    /** The date {@code text} names, or empty when it is blank or names none. */
    public Optional<LocalDate> parseDate(String text) {
        String typed = text.strip().replaceAll("\\s+", " ");
        if (!YEAR_AT_THE_END.matcher(typed).matches()) {
            return Optional.empty();
        }
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
