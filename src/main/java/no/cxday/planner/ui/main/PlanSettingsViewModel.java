package no.cxday.planner.ui.main;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.DateTimeText;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Balance;
import no.cxday.planner.model.Communication;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanRules;
import no.cxday.planner.model.PlanSettings;
import no.cxday.planner.model.Problem;
import no.cxday.planner.model.SettingsImpact;
import no.cxday.planner.ui.TypedValue;

/**
 * The plan settings as the dialog edits them: the text of each field as typed, read in the
 * program's language; what is wrong with a field said at that field; a question before settings
 * that would cut activities short; and one undoable edit when they apply.
 */
public final class PlanSettingsViewModel {

    /** The fields of the dialog, each named by the plan-format field a rule reports it by. */
    public enum Field {
        TITLE("title"),
        ORGANIZATION("organization"),
        CX_DAY("cxDay"),
        FIRST_DAY("firstDay"),
        LAST_DAY("lastDay"),
        DAY_START("dayStart"),
        DAY_END("dayEnd"),
        TIME_ZONE("timeZone"),
        CURRENCY("currency"),
        BUDGET("budget"),
        MESSAGE("communication.message"),
        LINK("communication.link");

        private final String path;

        Field(String path) {
            this.path = path;
        }

        static Optional<Field> at(String path) {
            return Arrays.stream(values()).filter(field -> field.path.equals(path)).findFirst();
        }
    }

    /** What pressing OK came to. */
    public enum Outcome {
        APPLIED,
        REFUSED,
        /** The message asks whether to apply settings that cut activities short; OK again applies them. */
        ASKING
    }

    private final PlanDocument document;
    private final Messages messages;
    private final Map<Field, StringProperty> texts = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(this, "asking");
    /** The settings the coordinator was asked about, which OK now applies. */
    private PlanSettings askedAbout;

    public PlanSettingsViewModel(PlanDocument document, Messages messages) {
        this.document = document;
        this.messages = messages;
        PlanSettings current = document.plan().settings();
        DateTimeText dates = messages.dates();
        Plan plan = document.plan();
        Communication communication = plan.communication();
        Map<Field, String> shown = new EnumMap<>(Map.of(Field.TITLE, current.title(),
                Field.ORGANIZATION, current.organization(), Field.CX_DAY, dates.date(current.cxDay()),
                Field.FIRST_DAY, dates.date(current.firstDay()), Field.LAST_DAY, dates.date(current.lastDay()),
                Field.DAY_START, DateTimeText.clock(current.dayStart()),
                Field.DAY_END, DateTimeText.clock(current.dayEnd()), Field.TIME_ZONE, current.timeZone(),
                Field.CURRENCY, plan.currency(), Field.BUDGET, plan.budget() == null ? "" : messages.amount(plan.budget())));
        shown.put(Field.MESSAGE, communication == null ? "" : communication.message());
        shown.put(Field.LINK, communication == null ? "" : communication.link());
        for (Field field : Field.values()) {
            StringProperty text = new SimpleStringProperty(this, field.path, shown.get(field));
            text.addListener(o -> stopAsking());
            texts.put(field, text);
            errors.put(field, new ReadOnlyStringWrapper(this, field.path + "Error", ""));
        }
    }

    public StringProperty text(Field field) {
        return texts.get(field);
    }

    /** What is wrong with the field, in one sentence; empty when nothing is. */
    public ReadOnlyStringProperty error(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** What concerns the settings as a whole: activities they would leave out or cut short. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the message asks whether to apply the settings anyway. */
    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /** The plan's CX day as it was, where a calendar opens. */
    public LocalDate cxDay() {
        return document.plan().cxDay();
    }

    private void stopAsking() {
        if (asking.get()) {
            asking.set(false);
            message.set("");
        }
        askedAbout = null;
    }

    /**
     * Applies the fields as one edit when they can be read and keep the plan's rules; asks first,
     * once, when they would cut activities short.
     */
    public Outcome apply() {
        errors.values().forEach(error -> error.set(""));
        message.set("");
        Optional<Read> read = read();
        if (read.isEmpty()) {
            return refused();
        }
        PlanSettings settings = read.get().settings();
        Plan plan = document.plan();
        Plan changed = read.get().appliedTo(plan);
        // The settings' own rules first (days in order, the CX day among them): a reversed span is
        // that, not a span that leaves every activity out.
        if (refusedFor(PlanRules.firstProblem(changed.withActivities(List.of())))) {
            return refused();
        }
        SettingsImpact impact = SettingsImpact.of(plan, settings);
        if (impact.outsideDays() > 0) {
            message.set(count(impact.outsideDays(), "settings.outsideDays.one", "settings.outsideDays.many",
                    messages.dates().date(settings.firstDay()), messages.dates().date(settings.lastDay())));
            return refused();
        }
        if (refusedFor(PlanRules.firstProblem(changed))) {
            return refused();
        }
        if (impact.outsideHours() > 0 && !settings.equals(askedAbout)) {
            askedAbout = settings;
            asking.set(true);
            message.set(question(impact, settings, plan, changed));
            return Outcome.ASKING;
        }
        Read applied = read.get();
        document.apply(messages.get("edit.settings"), applied::appliedTo);
        return Outcome.APPLIED;
    }

    /** Shows the broken rule at its field, or under the form; true when there was one. */
    private boolean refusedFor(Optional<Problem> problem) {
        problem.ifPresent(p -> {
            String sentence = messages.sentence(p);
            Field.at(p.path()).ifPresentOrElse(field -> errors.get(field).set(sentence), () -> message.set(sentence));
        });
        return problem.isPresent();
    }

    private Outcome refused() {
        asking.set(false);
        askedAbout = null;
        return Outcome.REFUSED;
    }

    private String question(SettingsImpact impact, PlanSettings settings, Plan plan, Plan changed) {
        String question = count(impact.outsideHours(), "settings.outsideHours.one", "settings.outsideHours.many",
                DateTimeText.clock(settings.dayStart()), DateTimeText.clock(settings.dayEnd()));
        int before = Balance.of(plan).score();
        int after = Balance.of(changed).score();
        return before == after ? question : question + " " + messages.format("settings.balanceChange", before, after);
    }

    private String count(int count, String oneKey, String manyKey, String from, String to) {
        return messages.format(count == 1 ? oneKey : manyKey, from, to, count);
    }

    /** What the fields set: the settings, the money and what the poster and announcement say. */
    private record Read(PlanSettings settings, String currency, BigDecimal budget, Communication communication) {

        Plan appliedTo(Plan plan) {
            return plan.withSettings(settings).withMoney(currency, budget).withCommunication(communication);
        }
    }

    /** What the fields name, or empty when a field cannot be read (said at that field). */
    private Optional<Read> read() {
        TypedValue<LocalDate> cxDay = date(Field.CX_DAY);
        TypedValue<LocalDate> firstDay = date(Field.FIRST_DAY);
        TypedValue<LocalDate> lastDay = date(Field.LAST_DAY);
        TypedValue<LocalTime> dayStart = time(Field.DAY_START);
        TypedValue<LocalTime> dayEnd = time(Field.DAY_END);
        String zone = texts.get(Field.TIME_ZONE).get().strip();
        Problem zoneProblem = PlanRules.timeZoneProblem(zone);
        if (zone.isEmpty()) {
            errors.get(Field.TIME_ZONE).set(messages.get("settings.noTimeZone"));
        } else if (zoneProblem != null) {
            errors.get(Field.TIME_ZONE).set(messages.sentence(zoneProblem));
        }
        TypedValue<BigDecimal> budget = reported(Field.BUDGET,
                TypedValue.optionalAmount(texts.get(Field.BUDGET).get(), document.plan().budget(), messages));
        boolean allRead = errors.values().stream().allMatch(error -> error.get().isEmpty());
        if (!allRead) {
            return Optional.empty();
        }
        PlanSettings settings = new PlanSettings(texts.get(Field.TITLE).get().strip(),
                texts.get(Field.ORGANIZATION).get().strip(), cxDay.value(), firstDay.value(), lastDay.value(),
                dayStart.value(), dayEnd.value(), zone);
        return Optional.of(new Read(settings, texts.get(Field.CURRENCY).get().strip().toUpperCase(Locale.ROOT),
                budget.value(), communication()));
    }

    /** The message and link as typed; none while both are empty and the plan had none. */
    private Communication communication() {
        Communication before = document.plan().communication();
        String message = texts.get(Field.MESSAGE).get().strip();
        String link = texts.get(Field.LINK).get().strip();
        if (before == null && message.isEmpty() && link.isEmpty()) {
            return null;
        }
        return new Communication(message, link, before == null ? Extras.NONE : before.extras());
    }

    private TypedValue<LocalDate> date(Field field) {
        return reported(field, TypedValue.date(texts.get(field).get(), messages));
    }

    private TypedValue<LocalTime> time(Field field) {
        return reported(field, TypedValue.time(texts.get(field).get(), messages));
    }

    private <T> TypedValue<T> reported(Field field, TypedValue<T> typed) {
        errors.get(field).set(typed.problem());
        return typed;
    }
}
