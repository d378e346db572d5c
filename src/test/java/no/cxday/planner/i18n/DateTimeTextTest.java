package no.cxday.planner.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import no.cxday.planner.model.Problem;
import org.junit.jupiter.api.Test;

class DateTimeTextTest {

    private static final LocalDate CX_DAY = LocalDate.of(2026, 10, 6);
    private final DateTimeText bokmaal = new Messages(Language.NB).dates();
    private final DateTimeText english = new Messages(Language.EN).dates();

    @Test
    void bokmaalShowsDayMonthYearWithDots() {
        assertEquals("06.10.2026", bokmaal.date(CX_DAY));
        assertEquals("06.10.2026 08:30", bokmaal.dateTime(CX_DAY.atTime(8, 30)));
    }

    @Test
    void bokmaalReadsDatesAsNorwegiansWriteThem() {
        for (String typed : new String[] {"06.10.2026", "6.10.26", "6.10.2026", " 06.10.26 ", "2026-10-06"}) {
            assertEquals(Optional.of(CX_DAY), bokmaal.parseDate(typed), typed);
        }
        assertEquals(Optional.of(LocalDate.of(2027, 9, 28)), bokmaal.parseDate("28.09.2027"));
    }

    @Test
    void englishShowsTheMonthByNameSoThatNoReaderTakesTheDayForTheMonth() {
        assertEquals("6 Oct 2026", english.date(CX_DAY));
    }

    @Test
    void englishReadsDayMonthAndMonthDayWithTheMonthByNameAndIso() {
        for (String typed : new String[] {"6 Oct 2026", "6 october 2026", "06 OCT 26", "Oct 6, 2026",
            "October 6 2026", "2026-10-06", "06.10.2026", "6.10.26"}) {
            assertEquals(Optional.of(CX_DAY), english.parseDate(typed), typed);
        }
    }

    @Test
    void whatNamesNoDateIsRefused() {
        for (String typed : new String[] {"", "abc", "32.10.2026", "6.13.2026", "31.02.2026", "6/10/2026", "6.10",
            "6.10.202", "6.10.20261"}) {
            assertEquals(Optional.empty(), bokmaal.parseDate(typed), typed);
        }
        assertEquals(Optional.empty(), english.parseDate("6/10/2026"), "the 10th of June in the US");
        assertEquals(Optional.empty(), english.parseDate("6 Oct 202"), "a digit dropped from the year");
    }

    @Test
    void timesAreReadWithADotAColonRunTogetherOrAsAWholeHour() {
        assertEquals(Optional.of(LocalTime.of(11, 30)), bokmaal.parseTime("11.30"));
        assertEquals(Optional.of(LocalTime.of(11, 30)), bokmaal.parseTime("11:30"));
        assertEquals(Optional.of(LocalTime.of(11, 30)), bokmaal.parseTime("1130"));
        assertEquals(Optional.of(LocalTime.of(11, 0)), bokmaal.parseTime("11"));
        assertEquals(Optional.of(LocalTime.of(9, 5)), bokmaal.parseTime("9.05"));
        assertEquals(Optional.of(LocalTime.of(9, 30)), english.parseTime("0930"));
        assertEquals(Optional.of(LocalTime.of(9, 30)), english.parseTime(" 930 "));
        assertEquals("08:30", DateTimeText.clock(LocalTime.of(8, 30)));
    }

    @Test
    void whatNamesNoTimeIsRefused() {
        for (String typed : new String[] {"25:00", "11.75", "abc", "", "24", "11.3", "11:30:00", "-1"}) {
            assertEquals(Optional.empty(), bokmaal.parseTime(typed), typed);
        }
    }

    @Test
    void aProblemAtAFieldIsASentenceWithItsDatesInTheLanguageAndNoPath() {
        Problem outside = new Problem("activities[0].start", "problem.outsideSpan", LocalDateTime.of(2026, 10, 6, 8, 30),
                LocalDate.of(2026, 10, 7), LocalDate.of(2026, 10, 7));

        assertEquals("06.10.2026 08:30 ligger utenfor planens dager (07.10.2026 til 07.10.2026).",
                new Messages(Language.NB).sentence(outside));
        assertEquals("Dagens slutt 08:00 er ikke etter dagens start 10:00.", new Messages(Language.NB)
                .sentence(new Problem("dayEnd", "problem.dayEndNotAfterStart", "08:00", "10:00")));
        assertEquals("The day end 08:00 is not after the day start 10:00.", new Messages(Language.EN)
                .sentence(new Problem("dayEnd", "problem.dayEndNotAfterStart", "08:00", "10:00")));
    }
}
