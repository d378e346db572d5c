package no.cxday.planner.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts as people type them, in each language, and what the program shows back. */
class AmountParsingTest {

    private static final Messages NB = new Messages(Language.NB);
    private static final Messages EN = new Messages(Language.EN);

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2500; 2500",
        "2 500; 2500",
        "2 500,50; 2500.50",
        "2500.50; 2500.50",
        "2.500; 2500",
        "1.250.000; 1250000",
        "250,-; 250",
        "-40; -40",
        "0,5; 0.5",
        "0.500; 0.500"})
    void bokmalReadsCommaDecimalsSpacesAndDotGroups(String typed, String amount) {
        assertEquals(Optional.of(new BigDecimal(amount)), NB.parseAmount(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2,500.50; 2500.50",
        "2500,50; 2500.50",
        "2,500; 2500",
        "2500; 2500"})
    void englishReadsDotDecimalsAndCommaGroups(String typed, String amount) {
        assertEquals(Optional.of(new BigDecimal(amount)), EN.parseAmount(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"kr 200", "12,5,0", "1.2.3", "2,500,50", "''", "e5", "1,2.5"})
    void whatIsNotAnAmountIsNotRead(String typed) {
        assertEquals(Optional.empty(), NB.parseAmount(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2500.5", "1234567.25", "0"})
    void whatTheProgramShowsIsReadBackTheSame(String amount) {
        BigDecimal value = new BigDecimal(amount);
        for (Messages messages : new Messages[] {NB, EN}) {
            assertEquals(0, value.compareTo(messages.parseAmount(messages.amount(value)).orElseThrow()),
                    messages.amount(value));
        }
    }
}
