package no.cxday.planner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.PlanFixtures;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.ui.main.PlanSettingsViewModel.Field;
import no.cxday.planner.ui.main.PlanSettingsViewModel.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanSettingsViewModelTest {

    private static final Messages NB = new Messages(Language.NB);

    @TempDir
    Path dir;

    private PlanDocument document;

    /** The example plan: "Kake og kaffe" on Tuesday 6 October 08:30–09:15, of days 5 to 7 October, 08:00–16:00. */
    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("example.cxplan.json");
        Files.writeString(file, PlanFixtures.text("example.cxplan.json"));
        document = new PlanDocument(PlanReader.read(file));
    }

    private PlanSettingsViewModel settings(Messages messages) {
        return new PlanSettingsViewModel(document, messages);
    }

    /** Adds anerkjennelse from 08:00 to 10:00, 08:00 to 08:30 and 09:00 to 15:00 on the CX day. */
    private void addEarlyActivities() {
        Plan plan = document.plan();
        List<Activity> activities = new ArrayList<>(plan.activities());
        int[][] times = {{8, 0, 10, 0}, {8, 0, 8, 30}, {9, 0, 15, 0}};
        for (int[] t : times) {
            activities.add(new Activity("early-" + activities.size(), null, "Tidlig", plan.lanes().get(0).id(),
                    LocalDateTime.of(plan.cxDay(), LocalTime.of(t[0], t[1])),
                    LocalDateTime.of(plan.cxDay(), LocalTime.of(t[2], t[3])), new Pillars(3, 0, 0), "", "", "",
                    List.of(), null, null, null, Extras.NONE));
        }
        document.apply("legg til", p -> p.withActivities(activities));
    }

    @Test
    void theFieldsShowDatesAndTimesInTheProgramsLanguage() {
        PlanSettingsViewModel bokmaal = settings(NB);
        assertEquals("06.10.2026", bokmaal.text(Field.CX_DAY).get());
        assertEquals("05.10.2026", bokmaal.text(Field.FIRST_DAY).get());
        assertEquals("08:00", bokmaal.text(Field.DAY_START).get());

        assertEquals("6 Oct 2026", settings(new Messages(Language.EN)).text(Field.CX_DAY).get());
    }

    @Test
    void settingsTypedTheNorwegianWayAreOneUndoableEdit() {
        PlanSettingsViewModel settings = settings(NB);
        settings.text(Field.TITLE).set("CX-dagen 2026 i Bergen");
        settings.text(Field.DAY_START).set("7.30");
        settings.text(Field.DAY_END).set("17");
        settings.text(Field.LAST_DAY).set("8.10.26");

        assertEquals(Outcome.APPLIED, settings.apply());

        Plan plan = document.plan();
        assertEquals("CX-dagen 2026 i Bergen", plan.title());
        assertEquals(LocalTime.of(7, 30), plan.dayStart());
        assertEquals(LocalTime.of(17, 0), plan.dayEnd());
        assertEquals(LocalDate.of(2026, 10, 8), plan.lastDay());
        assertEquals("endre innstillingene for planen", document.undoDescriptionProperty().get());
        document.undo();
        assertEquals(LocalTime.of(8, 0), document.plan().dayStart());
    }

    @Test
    void whatCannotBeReadIsSaidAtItsFieldAndChangesNothing() {
        PlanSettingsViewModel settings = settings(NB);
        settings.text(Field.CX_DAY).set("32.13.2026");
        settings.text(Field.DAY_START).set("11.75");
        settings.text(Field.DAY_END).set("");
        settings.text(Field.TIME_ZONE).set("Europe/Bergen");

        assertEquals(Outcome.REFUSED, settings.apply());

        assertEquals("Datoen «32.13.2026» kan ikke leses: skriv den som 06.10.2026.", settings.error(Field.CX_DAY).get());
        assertEquals("Klokkeslettet «11.75» kan ikke leses: skriv det som 11.30 eller 11:30.",
                settings.error(Field.DAY_START).get());
        assertEquals("Fyll inn et klokkeslett.", settings.error(Field.DAY_END).get());
        assertEquals("Tidssonen «Europe/Bergen» er ikke en kjent IANA-tidssone.",
                settings.error(Field.TIME_ZONE).get());
        assertEquals("", settings.error(Field.FIRST_DAY).get());
        assertEquals("32.13.2026", settings.text(Field.CX_DAY).get(), "the typed text stays");
        assertFalse(document.isDirty());
    }

    @Test
    void inEnglishTheFieldsSayItInEnglish() {
        PlanSettingsViewModel settings = settings(new Messages(Language.EN));
        settings.text(Field.CX_DAY).set("6/10/2026");
        settings.text(Field.DAY_START).set("half past eight");

        assertEquals(Outcome.REFUSED, settings.apply());

        assertEquals("The date \"6/10/2026\" cannot be read: write it as 6 Oct 2026.",
                settings.error(Field.CX_DAY).get());
        assertEquals("The time \"half past eight\" cannot be read: write it as 11:30 or 11.30.",
                settings.error(Field.DAY_START).get());
    }

    @Test
    void aBrokenRuleIsASentenceAtItsFieldWithoutTheFilesFieldName() {
        PlanSettingsViewModel settings = settings(NB);
        settings.text(Field.DAY_START).set("10:00");
        settings.text(Field.DAY_END).set("08:00");

        assertEquals(Outcome.REFUSED, settings.apply());

        assertEquals("Dagens slutt 08:00 er ikke etter dagens start 10:00.", settings.error(Field.DAY_END).get());
        assertEquals("", settings.messageProperty().get());

        settings.text(Field.DAY_END).set("16:00");
        settings.text(Field.CX_DAY).set("08.10.2026");
        settings.text(Field.LAST_DAY).set("07.10.2026");
        assertEquals(Outcome.REFUSED, settings.apply());
        assertEquals("CX-dagen 08.10.2026 ligger etter siste dag 07.10.2026.", settings.error(Field.CX_DAY).get());
        assertFalse(document.isDirty());
    }

    @Test
    void aFirstDayAfterTheLastIsSaidSoNotAsActivitiesLeftOut() {
        PlanSettingsViewModel settings = settings(NB);
        settings.text(Field.FIRST_DAY).set("08.10.2026");
        settings.text(Field.CX_DAY).set("08.10.2026");
        settings.text(Field.LAST_DAY).set("07.10.2026");

        assertEquals(Outcome.REFUSED, settings.apply());

        assertEquals("", settings.messageProperty().get(), "not 'activities lie outside the new days'");
        assertTrue(Stream.of(Field.values()).map(field -> settings.error(field).get()).anyMatch(e -> !e.isEmpty()));
        assertFalse(document.isDirty());
    }

    @Test
    void daysThatWouldLeaveActivitiesOutAreRefusedWithHowMany() {
        PlanSettingsViewModel settings = settings(NB);
        settings.text(Field.CX_DAY).set("07.10.2026");
        settings.text(Field.FIRST_DAY).set("07.10.2026");

        assertEquals(Outcome.REFUSED, settings.apply());

        assertEquals("Én aktivitet ligger utenfor planens nye dager, 07.10.2026 til 07.10.2026: flytt eller fjern "
                + "den først.", settings.messageProperty().get());
        assertFalse(document.isDirty());
    }

    @Test
    void aDayStartThatCutsActivitiesShortIsAskedAboutFirstAndAppliedOnlyWhenConfirmed() {
        addEarlyActivities();
        Plan before = document.plan();
        PlanSettingsViewModel settings = settings(NB);
        settings.text(Field.DAY_START).set("10:00");

        assertEquals(Outcome.ASKING, settings.apply());

        assertTrue(settings.askingProperty().get());
        assertEquals("4 aktiviteter havner helt eller delvis utenfor dagen 10:00–16:00 og vises avkortet på "
                + "tidslinjen. Balansen går fra 19 til 0, fordi tiden utenfor dagen ikke teller.",
                settings.messageProperty().get());
        assertEquals(before, document.plan(), "nothing changes while the question stands");

        assertEquals(Outcome.APPLIED, settings.apply());
        assertEquals(LocalTime.of(10, 0), document.plan().dayStart());
    }

    @Test
    void changingAFieldWithdrawsTheQuestion() {
        addEarlyActivities();
        PlanSettingsViewModel settings = settings(NB);
        settings.text(Field.DAY_START).set("10:00");
        assertEquals(Outcome.ASKING, settings.apply());

        settings.text(Field.DAY_START).set("08.30");

        assertFalse(settings.askingProperty().get());
        assertEquals("", settings.messageProperty().get());
        assertEquals(Outcome.ASKING, settings.apply(), "other settings are asked about anew");
        assertEquals("2 aktiviteter havner helt eller delvis utenfor dagen 08:30–16:00 og vises avkortet på "
                + "tidslinjen. Balansen går fra 19 til 21, fordi tiden utenfor dagen ikke teller.",
                settings.messageProperty().get());
    }

    @Test
    void theBudgetCurrencyAndPosterLineApplyAsOneUndoableEdit() {
        PlanSettingsViewModel settings = settings(NB);
        settings.text(Field.CURRENCY).set("sek");
        settings.text(Field.BUDGET).set("25 000,50");
        settings.text(Field.MESSAGE).set("Velkommen til CX-dagen!");
        settings.text(Field.LINK).set("https://intranett.example.no/cx");

        assertEquals(Outcome.APPLIED, settings.apply());

        Plan plan = document.plan();
        assertEquals("SEK", plan.currency());
        assertEquals(new java.math.BigDecimal("25000.50"), plan.budget());
        assertEquals("Velkommen til CX-dagen!", plan.communication().message());
        assertEquals("https://intranett.example.no/cx", plan.communication().link());
        document.undo();
        assertEquals("NOK", document.plan().currency());
        assertEquals(null, document.plan().budget());
    }

    @Test
    void aBadCurrencyBudgetOrLinkIsSaidAtItsFieldAndNothingChanges() {
        PlanSettingsViewModel settings = settings(NB);
        settings.text(Field.BUDGET).set("mye");

        assertEquals(Outcome.REFUSED, settings.apply());
        assertEquals("Beløpet «mye» kan ikke leses: skriv det som 2500 eller 2 500,50.",
                settings.error(Field.BUDGET).get());

        settings.text(Field.BUDGET).set("");
        settings.text(Field.CURRENCY).set("kroner");
        assertEquals(Outcome.REFUSED, settings.apply());
        assertEquals("«KRONER» er ikke en valutakode (tre store bokstaver, som NOK).",
                settings.error(Field.CURRENCY).get());

        settings.text(Field.CURRENCY).set("NOK");
        settings.text(Field.LINK).set("intranett/cx");
        assertEquals(Outcome.REFUSED, settings.apply());
        assertFalse(settings.error(Field.LINK).get().isEmpty());
        assertFalse(document.isDirty());
    }

    @Test
    void settingsLeftAsTheyWereMakeNoEdit() {
        assertEquals(Outcome.APPLIED, settings(NB).apply());

        assertFalse(document.isDirty());
    }
}
