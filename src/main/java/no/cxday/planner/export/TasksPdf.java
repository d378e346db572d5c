package no.cxday.planner.export;

import java.io.IOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Preparation;

/**
 * "Hvem gjør hva": one section per person, with the activities they are responsible for and the
 * tasks they do (a task without an owner is its activity's responsible's) by due date, with boxes to
 * tick; then the budget. Names that differ only in case are one person. What has no one goes under
 * "Ingen ansvarlig", last; a person with nothing is not there at all. Laid out as the agenda is.
 */
public final class TasksPdf {

    private static final float SIZE = 10;

    /** One person's share; {@code name} is blank for what no one is responsible for. */
    private record Person(String name, List<Activity> activities, List<Preparation.Item> tasks) {
    }

    private TasksPdf() {
    }

    public static byte[] render(Plan plan, Messages messages) throws IOException {
        try (PdfCanvas canvas = new PdfCanvas(false)) {
            canvas.newPage();
            float width = canvas.right() - canvas.left();
            for (String line : canvas.wrap(messages.format("tasksPdf.title", plan.title()), true, 16, width)) {
                canvas.text(line, canvas.left(), canvas.y() - 16, true, 16, AgendaPdf.TEXT);
                canvas.moveDown(20);
            }
            if (!plan.organization().isBlank()) {
                canvas.text(plan.organization(), canvas.left(), canvas.y() - 10, false, 10, AgendaPdf.MUTED);
                canvas.moveDown(14);
            }
            for (Person person : people(plan, messages)) {
                section(canvas, plan, person, messages);
            }
            new BudgetSection(canvas, messages).write(plan);
            return canvas.finish(AgendaPdf.footer(plan, messages));
        }
    }

    /** Everyone with an activity or a task, by name in the program's language; no one last. */
    private static List<Person> people(Plan plan, Messages messages) {
        Map<String, Person> people = new LinkedHashMap<>();
        plan.activities().stream().sorted(Comparator.comparing(Activity::start))
                .forEach(a -> person(people, a.responsible()).activities().add(a));
        Preparation.of(plan).items().forEach(item -> person(people, item.owner()).tasks().add(item));
        Collator collator = Collator.getInstance(messages.language().locale());
        return people.values().stream().sorted(Comparator.comparing((Person p) -> p.name().isEmpty())
                .thenComparing(Person::name, collator)).toList();
    }

    private static Person person(Map<String, Person> people, String name) {
        String shown = name.strip();
        return people.computeIfAbsent(shown.toLowerCase(Locale.ROOT),
                key -> new Person(shown, new ArrayList<>(), new ArrayList<>()));
    }

    private static void section(PdfCanvas canvas, Plan plan, Person person, Messages messages) throws IOException {
        canvas.ensureRoom(60);
        canvas.moveDown(10);
        String name = person.name().isEmpty() ? messages.get("tasksPdf.noOne") : person.name();
        for (String line : canvas.wrap(name, true, 13, canvas.right() - canvas.left())) {
            canvas.text(line, canvas.left(), canvas.y() - 13, true, 13, AgendaPdf.TEXT);
            canvas.moveDown(18);
        }
        if (!person.activities().isEmpty()) {
            subheading(canvas, messages.get("tasksPdf.activities"));
            for (Activity activity : person.activities()) {
                String text = messages.format("tasksPdf.activity", messages.dates().day(activity.start()),
                        ListAgenda.time(activity, messages), activity.title(), Places.where(plan, activity));
                List<String> lines = canvas.wrap(text, false, SIZE, canvas.right() - canvas.left() - 20);
                canvas.ensureRoom(lines.size() * 13 + 4);
                for (String line : lines) {
                    canvas.text(line, canvas.left() + 20, canvas.y() - 10, false, SIZE, AgendaPdf.TEXT);
                    canvas.moveDown(13);
                }
                canvas.moveDown(3);
            }
        }
        if (!person.tasks().isEmpty()) {
            subheading(canvas, messages.get("tasksPdf.tasks"));
            for (Preparation.Item item : person.tasks()) {
                String due = item.task().due() == null ? messages.get("agenda.noDue")
                        : messages.dates().date(item.task().due());
                ChecklistSection.tickLine(canvas,
                        messages.format("tasksPdf.task", due, item.task().text(), item.activity().title()),
                        item.task().done());
            }
        }
    }

    private static void subheading(PdfCanvas canvas, String text) throws IOException {
        canvas.ensureRoom(30);
        canvas.moveDown(2);
        canvas.text(text, canvas.left(), canvas.y() - 9, true, 9, AgendaPdf.MUTED);
        canvas.moveDown(15);
    }
}
