package no.cxday.planner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Task;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanSettings;
import org.junit.jupiter.api.Test;

class CalendarExportTest {

    private static final Messages NB = new Messages(Language.NB);

    /** The CX day in summer time, and a day after the change to winter time on 25 October 2026. */
    private static Plan acrossTheChangeOfTime() {
        Plan plan = ExportFixtures.plan(2, "Kantina", "Auditoriet");
        plan = plan.withSettings(new PlanSettings(plan.title(), "", ExportFixtures.CX_DAY, ExportFixtures.CX_DAY,
                LocalDate.of(2026, 10, 27), plan.dayStart(), plan.dayEnd(), "Europe/Oslo"));
        Activity cake = ExportFixtures.activity("a-1", "Kake og kaffe", "kantina", ExportFixtures.CX_DAY.atTime(8, 30),
                45);
        Activity review = ExportFixtures.activity("a-2", "Evaluering", "auditoriet",
                LocalDate.of(2026, 10, 26).atTime(8, 30), 60);
        return plan.withActivities(List.of(cake.withDetails(cake.title(), cake.pillars(), "Kari", "1. etasje",
                "Husk servietter", List.of()), review));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static Instant start(VEvent event) {
        Temporal start = event.getDateTimeStart().getDate();
        return Instant.from(start);
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }

    @Test
    void eachActivityIsOneEventAtTheRightInstantOnBothSidesOfTheChangeOfTime() throws Exception {
        Calendar calendar = parse(CalendarExport.toIcs(acrossTheChangeOfTime(), null, NB));

        Map<String, VEvent> events = events(calendar).stream()
                .collect(Collectors.toMap(e -> value(e, Property.SUMMARY), e -> e));
        assertEquals(2, events.size());
        assertEquals(Instant.parse("2026-10-06T06:30:00Z"), start(events.get("Kake og kaffe")));
        assertEquals(Instant.parse("2026-10-26T07:30:00Z"), start(events.get("Evaluering")));
        assertEquals("Europe/Oslo", events.get("Kake og kaffe").getDateTimeStart().getParameter("TZID")
                .map(p -> p.getValue()).orElseThrow());
        assertEquals("Europe/Oslo", calendar.getComponent(Component.VTIMEZONE).orElseThrow()
                .getProperty(Property.TZID).map(Property::getValue).orElseThrow());
    }

    @Test
    void anEventCarriesTitleLocationLaneResponsibleAndNotes() throws Exception {
        VEvent cake = events(parse(CalendarExport.toIcs(acrossTheChangeOfTime(), null, NB))).stream()
                .filter(e -> value(e, Property.SUMMARY).equals("Kake og kaffe")).findFirst().orElseThrow();

        assertEquals("1. etasje (Kantina)", value(cake, Property.LOCATION));
        assertEquals("Kantina", value(cake, Property.CATEGORIES));
        assertTrue(value(cake, Property.DESCRIPTION).contains("Ansvarlig: Kari"));
        assertTrue(value(cake, Property.DESCRIPTION).contains("Husk servietter"));
    }

    @Test
    void aLocationThatIsTheLanesNameIsNotRepeated() throws Exception {
        Plan plan = acrossTheChangeOfTime();
        Activity review = plan.activities().get(1);
        review = review.withDetails(review.title(), review.pillars(), "", "Auditoriet", "", List.of());
        VEvent event = events(parse(CalendarExport.toIcs(plan.withActivities(List.of(review)), null, NB))).get(0);

        assertEquals("Auditoriet", value(event, Property.LOCATION));
    }

    @Test
    void theUidsStayTheSameAcrossExports() throws Exception {
        Plan plan = acrossTheChangeOfTime();

        List<String> first = events(parse(CalendarExport.toIcs(plan, null, NB))).stream()
                .map(e -> value(e, Property.UID)).sorted().toList();
        List<String> second = events(parse(CalendarExport.toIcs(plan, null, NB))).stream()
                .map(e -> value(e, Property.UID)).sorted().toList();

        assertEquals(first, second);
        assertEquals(2, first.stream().distinct().count());
        assertTrue(first.get(0).contains(plan.id()));
    }

    @Test
    void oneLanesActivitiesCanBeExportedAlone() throws Exception {
        List<VEvent> events = events(parse(CalendarExport.toIcs(acrossTheChangeOfTime(), "auditoriet", NB)));

        assertEquals(List.of("Evaluering"), events.stream().map(e -> value(e, Property.SUMMARY)).toList());
    }

    /** Kake og kaffe's tasks: one open with a due date, one done, one without a due date, one without an id. */
    private static Plan withTasks() {
        Plan plan = acrossTheChangeOfTime();
        Activity cake = plan.activities().get(0);
        cake = cake.withDetails(cake.title(), cake.pillars(), cake.responsible(), cake.location(), cake.notes(),
                List.of(new Task("t-kake", "Bestille kake", "Ola", LocalDate.of(2026, 10, 1), false, Extras.NONE),
                        new Task("t-trakter", "Låne kaffetrakter", "", LocalDate.of(2026, 10, 2), true, Extras.NONE),
                        new Task("t-rydde", "Rydde etterpå", "", null, false, Extras.NONE),
                        new Task(null, "Kjøpe servietter", "", LocalDate.of(2026, 10, 3), false, Extras.NONE)));
        return plan.withActivities(List.of(cake, plan.activities().get(1)));
    }

    private static List<VEvent> allDay(Calendar calendar) {
        return events(calendar).stream().filter(e -> e.getDateTimeStart().getDate() instanceof LocalDate).toList();
    }

    @Test
    void eachOpenTaskWithADueDateIsAnAllDayEventOnThatDate() throws Exception {
        String ics = CalendarExport.toIcs(withTasks(), null, true, NB);
        List<VEvent> due = allDay(parse(ics));

        assertEquals(1, due.size(), ics);
        VEvent cake = due.get(0);
        assertEquals("Frist: Bestille kake – Kake og kaffe", value(cake, Property.SUMMARY));
        assertEquals(LocalDate.of(2026, 10, 1), cake.getDateTimeStart().getDate());
        assertEquals(LocalDate.of(2026, 10, 2), cake.getEndDate(false).orElseThrow().getDate());
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20261001"), ics);
        assertTrue(value(cake, Property.DESCRIPTION).contains("Ansvarlig: Ola"));
        assertEquals(3, events(parse(ics)).size(), "the two activities and the one due date");
    }

    @Test
    void theDueDatesAreInTheProgramsLanguageAndOnlyWhenAsked() throws Exception {
        String english = CalendarExport.toIcs(withTasks(), null, true, new Messages(Language.EN));
        assertEquals("Due: Bestille kake – Kake og kaffe", value(allDay(parse(english)).get(0), Property.SUMMARY));

        assertTrue(allDay(parse(CalendarExport.toIcs(withTasks(), null, false, NB))).isEmpty());
        assertTrue(allDay(parse(CalendarExport.toIcs(withTasks(), "auditoriet", true, NB))).isEmpty(),
                "another lane's tasks stay out");
    }

    @Test
    void aDueDatesUidIsMadeFromTheTasksAndThePlansIdsAndStaysTheSame() throws Exception {
        Plan plan = withTasks();
        String first = value(allDay(parse(CalendarExport.toIcs(plan, null, true, NB))).get(0), Property.UID);
        Activity cake = plan.activities().get(0);
        List<Task> reordered = new java.util.ArrayList<>(cake.tasks());
        java.util.Collections.reverse(reordered);
        Plan edited = plan.withActivities(List.of(cake.withDetails("Kake", cake.pillars(), "", "", "", reordered),
                plan.activities().get(1)));
        String second = value(allDay(parse(CalendarExport.toIcs(edited, null, true, NB))).get(0), Property.UID);

        assertEquals("task-t-kake." + plan.id() + "@cxday-planner", first);
        assertEquals(first, second);
    }
}
