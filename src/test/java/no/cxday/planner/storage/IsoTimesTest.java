package no.cxday.planner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-06", "2024-02-29", "0001-01-01", "+12026-10-06"})
    void datesReadAsTheGeneralParserReadsThem(String text) {
        assertEquals(LocalDate.parse(text), IsoTimes.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08:30", "00:00", "23:59", "08:30:15", "08:30:15.5"})
    void timesReadAsTheGeneralParserReadsThem(String text) {
        assertEquals(LocalTime.parse(text), IsoTimes.time(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-06T08:30", "2026-10-06T08:30:59", "2026-12-31T23:59"})
    void dateTimesReadAsTheGeneralParserReadsThem(String text) {
        assertEquals(LocalDateTime.parse(text), IsoTimes.dateTime(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-1-06", "06.10.2026", "2026-10-0x", "", "2026-10-06 "})
    void whatTheGeneralParserRefusesIsRefused(String text) {
        assertThrows(DateTimeException.class, () -> IsoTimes.date(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "8:30", "08:60", "08.30", "2026-10-06T24:00", "2026-10-06 08:30"})
    void impossibleTimesAreRefused(String text) {
        assertThrows(DateTimeException.class, () -> {
            if (text.length() > 5) {
                IsoTimes.dateTime(text);
            } else {
                IsoTimes.time(text);
            }
        });
    }
}
