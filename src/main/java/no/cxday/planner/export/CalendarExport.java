package no.cxday.planner.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Task;

/**
 * The plan's activities as an iCalendar file (RFC 5545) for colleagues' calendars: one event per
 * activity, in the plan's time zone with its VTIMEZONE, with a UID that stays the same across
 * exports so that a calendar updates an event rather than adding it twice. With the tasks, each open
 * task with a due date is an all-day event on that date too: a VEVENT, as Outlook and Google Calendar
 * do not import a VTODO from a file.
 */
public final class CalendarExport {

    static final String PRODUCT = "-//CX Day Planner//cxday-planner//NO";

    private CalendarExport() {
    }

    /** The UID of an activity's event: the same for every export of the same plan. */
    public static String uid(Plan plan, Activity activity) {
        return activity.id() + "." + plan.id() + "@cxday-planner";
    }

    /**
     * The UID of a task's due-date event, from the task's id and the plan's. A task gets its id when
     * the plan is saved; one without an id yet has nothing stable to be named by (its place in the
     * list changes when tasks are added or removed, and a new UID would add the event twice), so it
     * is left out of the calendar until the plan has been saved.
     */
    public static String uid(Plan plan, Task task) {
        return "task-" + task.id() + "." + plan.id() + "@cxday-planner";
    }

    /** The activities alone, without the tasks' due dates. */
    public static String toIcs(Plan plan, String laneId, Messages messages) {
        return toIcs(plan, laneId, false, messages);
    }

    /**
     * @param laneId only this lane's activities (and their tasks), or every activity when null
     * @param withTasks also each open task's due date, if it has one and an id, as an all-day event
     */
    public static String toIcs(Plan plan, String laneId, boolean withTasks, Messages messages) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        ZoneId zone = ZoneId.of(plan.timeZone());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(timeZone(registry, plan.timeZone()));
        for (Activity activity : plan.activities()) {
            if (laneId == null || activity.laneId().equals(laneId)) {
                calendar.add(event(plan, activity, zone, messages));
                if (withTasks) {
                    activity.tasks().stream().filter(t -> !t.done() && t.due() != null && t.id() != null)
                            .forEach(task -> calendar.add(dueEvent(plan, activity, task, messages)));
                }
            }
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * The zone's VTIMEZONE under the plan's own zone id. The bundled tz data defines some zones as
     * links (Europe/Oslo is Europe/Berlin's rules); the events name the plan's zone, so must this.
     */
    private static VTimeZone timeZone(TimeZoneRegistry registry, String zoneId) {
        VTimeZone zone = registry.getTimeZone(zoneId).getVTimeZone().copy();
        zone.replace(new TzId(zoneId));
        zone.removeAll(Property.TZURL, "X-LIC-LOCATION");
        return zone;
    }

    /** All day on the due date: DTSTART;VALUE=DATE, and DTEND the day after (RFC 5545 3.6.1). */
    private static VEvent dueEvent(Plan plan, Activity activity, Task task, Messages messages) {
        VEvent event = new VEvent(task.due(), task.due().plusDays(1),
                messages.format("calendar.due", task.text(), activity.title()));
        event.add(new Uid(uid(plan, task)));
        String owner = task.ownerOr(activity.responsible());
        List<String> description = new ArrayList<>();
        if (!owner.isBlank()) {
            description.add(messages.format("calendar.responsible", owner));
        }
        description.add(messages.format("calendar.partOf", plan.title()));
        event.add(new Description(String.join("\n", description)));
        return event;
    }

    private static VEvent event(Plan plan, Activity activity, ZoneId zone, Messages messages) {
        VEvent event = new VEvent(activity.start().atZone(zone), activity.end().atZone(zone), activity.title());
        event.add(new Uid(uid(plan, activity)));
        event.add(new Location(Places.where(plan, activity)));
        event.add(new Categories(Places.laneName(plan, activity)));
        List<String> description = new ArrayList<>();
        if (!activity.responsible().isBlank()) {
            description.add(messages.format("calendar.responsible", activity.responsible()));
        }
        if (!activity.notes().isBlank()) {
            description.add(activity.notes());
        }
        description.add(messages.format("calendar.partOf", plan.title()));
        event.add(new Description(String.join("\n", description)));
        return event;
    }
}
