package no.cxday.planner.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.PlanSettings;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.TimelineLayout;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.ui.FixedClock;
import no.cxday.planner.ui.ScriptedDialogs;
import no.cxday.planner.ui.WindowState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which days the timeline shows, how wide its lanes are, and the time its now line stands at: the example plan. */
class TimelineDaysViewModelTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 10, 6);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 10, 7);

    private final WindowState state = new WindowState();
    private PlanDocument document;
    private TimelineViewModel timeline;
    private TimelineDaysViewModel days;

    @BeforeEach
    void openTheExamplePlan() throws Exception {
        document = new PlanDocument(PlanReader.read(Path.of("docs/examples/cx-dagen-2026.cxplan.json")));
        timeline = new TimelineViewModel(document, Catalogue.load(), new Messages(Language.NB), new ScriptedDialogs(),
                state);
        days = new TimelineDaysViewModel(document, timeline.layoutProperty(), state, FixedClock.on(TUESDAY));
    }

    private List<String> shownIds() {
        return days.layoutProperty().get().blocks().stream().map(b -> b.activity().id()).toList();
    }

    @Test
    void everyDayIsShownAtFirst() {
        assertEquals(List.of(MONDAY, TUESDAY, WEDNESDAY), days.layoutProperty().get().days());
        assertEquals(11, shownIds().size());
        assertFalse(days.oneDayProperty().get());
        assertFalse(days.canGoBackProperty().get(), "stepping is for one day shown alone");
        assertFalse(days.canGoForwardProperty().get());
    }

    @Test
    void oneDayShowsTheCxDayAloneWhenNothingIsSelected() {
        days.showOneDay();

        TimelineLayout shown = days.layoutProperty().get();
        assertEquals(List.of(TUESDAY), shown.days());
        assertEquals(List.of("a-3", "a-4", "a-8", "a-5", "a-6", "a-7", "a-9"), shownIds());
        assertTrue(shown.blocks().stream().allMatch(b -> b.day() == 0), "the day is the only column of days");
        assertEquals(TUESDAY, state.dayShownProperty().get());
    }

    @Test
    void oneDayShowsTheSelectedActivitysDay() {
        state.selectedActivityIdProperty().set("a-10");

        days.showOneDay();

        assertEquals(List.of(WEDNESDAY), days.layoutProperty().get().days());
        assertEquals(List.of("a-10", "a-11"), shownIds());
    }

    @Test
    void previousAndNextStepADayAndStopAtTheEnds() {
        days.showCxDay();
        days.previousDay();
        assertEquals(MONDAY, state.dayShownProperty().get());
        assertFalse(days.canGoBackProperty().get());
        days.previousDay();
        assertEquals(MONDAY, state.dayShownProperty().get(), "there is no day before the first");

        days.nextDay();
        days.nextDay();
        assertEquals(WEDNESDAY, state.dayShownProperty().get());
        assertFalse(days.canGoForwardProperty().get());
        assertTrue(days.canGoBackProperty().get());

        days.showCxDay();
        assertEquals(TUESDAY, state.dayShownProperty().get());
        days.showAllDays();
        assertNull(state.dayShownProperty().get());
        assertEquals(3, days.layoutProperty().get().days().size());
    }

    @Test
    void aDayShownThatThePlanNoLongerHasGivesWayToTheNearestDay() {
        days.showOneDay();
        days.nextDay();
        Plan plan = document.plan();

        document.apply("kortere", p -> p.withSettings(new PlanSettings(p.title(), p.organization(), p.cxDay(),
                p.firstDay(), TUESDAY, p.dayStart(), p.dayEnd(), p.timeZone())));

        assertEquals(TUESDAY, state.dayShownProperty().get());
        assertEquals(List.of(TUESDAY), days.layoutProperty().get().days());
        assertEquals(WEDNESDAY, plan.lastDay(), "the plan had the Wednesday before");
    }

    @Test
    void aBlockMovedToTheNextDayIsFollowedWhileOneDayIsShown() {
        days.showCxDay();

        timeline.toNeighbourDay("a-5", 1);

        assertEquals(WEDNESDAY, state.dayShownProperty().get());
        assertTrue(shownIds().contains("a-5"));
    }

    @Test
    void anIdeaAddedWithoutTheMouseGoesToTheDayShown() {
        days.showOneDay();
        days.previousDay();

        timeline.addIdea("kake-og-kaffe");

        Plan plan = document.plan();
        assertEquals(MONDAY, plan.activities().get(plan.activities().size() - 1).start().toLocalDate());
    }

    @Test
    void fittingTheWidthNarrowsTheLanesDownToAReadableWidthAndNoFurther() {
        assertTrue(state.fitToWidthProperty().get(), "on at first: the whole programme in view");
        assertEquals(66, days.laneWidth(600), "nine lanes share 600 pixels");
        assertEquals(TimelineDaysViewModel.READABLE_LANE_WIDTH, days.laneWidth(300));

        state.fitToWidthProperty().set(false);
        assertEquals(TimelineDaysViewModel.WIDE_LANE_WIDTH, days.laneWidth(600));
        assertEquals(200, days.laneWidth(1800), "lanes that fit still share the width");

        days.showCxDay();
        assertEquals(200, days.laneWidth(600), "one day of three lanes");
    }

    @Test
    void theNowLineStandsAtTheTimeWhereThePlanTakesPlace() {
        Clock utc = Clock.fixed(Instant.parse("2026-10-06T08:30:00Z"), ZoneOffset.UTC);

        TimelineDaysViewModel inOslo = new TimelineDaysViewModel(document, timeline.layoutProperty(), state, utc);

        assertEquals(LocalDateTime.of(2026, 10, 6, 10, 30), inOslo.nowProperty().get(), "summer time, UTC+2");
    }
}
