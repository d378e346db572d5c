package no.cxday.planner.ui.editor;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Cost;
import no.cxday.planner.model.Extras;
import no.cxday.planner.ui.TypedValue;

/**
 * The editor's money and head-count fields of one activity: how many are expected, and what it is
 * planned to cost and did cost, with a note. Amounts are shown and read as the program's language
 * writes them; a field that was not changed keeps the value exactly as the file had it.
 */
public final class CostFields {

    private final Messages messages;
    private final StringProperty expected = new SimpleStringProperty(this, "expected", "");
    private final StringProperty planned = new SimpleStringProperty(this, "planned", "");
    private final StringProperty actual = new SimpleStringProperty(this, "actual", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyStringWrapper expectedError = new ReadOnlyStringWrapper(this, "expectedError", "");
    private final ReadOnlyStringWrapper plannedError = new ReadOnlyStringWrapper(this, "plannedError", "");
    private final ReadOnlyStringWrapper actualError = new ReadOnlyStringWrapper(this, "actualError", "");

    CostFields(Messages messages) {
        this.messages = messages;
    }

    void load(Activity activity) {
        Stream.of(expectedError, plannedError, actualError).forEach(error -> error.set(""));
        expected.set(activity.expectedParticipants() == null ? "" : activity.expectedParticipants().toString());
        Cost cost = activity.cost();
        planned.set(cost == null ? "" : messages.amount(cost.planned()));
        actual.set(cost == null || cost.actual() == null ? "" : messages.amount(cost.actual()));
        note.set(cost == null ? "" : cost.note());
    }

    /**
     * The activity with the head count and cost the fields describe; empty, with the reason at its
     * field, when one cannot be read. A planned cost left blank beside an actual one counts as 0.
     */
    Optional<Activity> read(Activity activity) {
        TypedValue<Integer> count = TypedValue.optionalCount(expected.get(), Activity.MAX_EXPECTED_PARTICIPANTS,
                "editor.error.expected", messages);
        Cost before = activity.cost();
        TypedValue<BigDecimal> plannedAmount = TypedValue.optionalAmount(planned.get(),
                before == null ? null : before.planned(), messages);
        TypedValue<BigDecimal> actualAmount = TypedValue.optionalAmount(actual.get(),
                before == null ? null : before.actual(), messages);
        expectedError.set(count.problem());
        plannedError.set(plannedAmount.problem());
        actualError.set(actualAmount.problem());
        if (!isRead()) {
            return Optional.empty();
        }
        Cost cost = null;
        if (plannedAmount.value() != null || actualAmount.value() != null || !note.get().isBlank()) {
            cost = new Cost(plannedAmount.value() == null ? BigDecimal.ZERO : plannedAmount.value(),
                    actualAmount.value(), note.get(), before == null ? Extras.NONE : before.extras());
        }
        return Optional.of(activity.withCosts(count.value(), cost));
    }

    /** The first field's reason it cannot be read; empty when every field can. */
    Optional<String> firstError() {
        return Stream.of(expectedError, plannedError, actualError).map(ReadOnlyStringWrapper::get)
                .filter(error -> !error.isEmpty()).findFirst();
    }

    boolean isRead() {
        return firstError().isEmpty();
    }

    /** The participants expected, as typed; blank for not given. */
    public StringProperty expectedProperty() {
        return expected;
    }

    public StringProperty plannedProperty() {
        return planned;
    }

    public StringProperty actualProperty() {
        return actual;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty expectedErrorProperty() {
        return expectedError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty plannedErrorProperty() {
        return plannedError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actualErrorProperty() {
        return actualError.getReadOnlyProperty();
    }
}
