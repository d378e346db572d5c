package no.cxday.planner.ui.editor;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.ui.TypedValue;

/** The editor's review fields: held, the rating, the participants and the notes of one activity. */
public final class EvaluationFields {

    private final Messages messages;
    private final BooleanProperty held = new SimpleBooleanProperty(this, "held");
    private final ObjectProperty<Integer> rating = new SimpleObjectProperty<>(this, "rating");
    private final StringProperty participants = new SimpleStringProperty(this, "participants", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ReadOnlyStringWrapper participantsError = new ReadOnlyStringWrapper(this, "participantsError", "");

    EvaluationFields(Messages messages) {
        this.messages = messages;
    }

    /** Fills the fields from {@code evaluation}; null for an activity not reviewed yet. */
    void load(Evaluation evaluation) {
        participantsError.set("");
        held.set(evaluation != null && evaluation.held());
        rating.set(evaluation == null ? null : evaluation.rating());
        participants.set(evaluation == null || evaluation.participants() == null ? ""
                : evaluation.participants().toString());
        notes.set(evaluation == null ? "" : evaluation.notes());
    }

    /**
     * The evaluation the fields describe: {@code before}, as it was, while no field of it changed
     * (so that an activity not yet reviewed stays so, and one not held but rated stays as the file
     * says). A participant count that is not a whole number of 0 or more stays at its field, and
     * {@link #isRead()} is then false.
     */
    Optional<Evaluation> read(Evaluation before) {
        TypedValue<Integer> count = TypedValue.optionalCount(participants.get(), Integer.MAX_VALUE,
                "editor.error.participants", messages);
        participantsError.set(count.problem());
        if (!count.isRead()) {
            return Optional.empty();
        }
        Integer number = count.value();
        boolean untouched = held.get() == (before != null && before.held())
                && Objects.equals(rating.get(), before == null ? null : before.rating())
                && Objects.equals(number, before == null ? null : before.participants())
                && notes.get().equals(before == null ? "" : before.notes());
        if (untouched) {
            return Optional.ofNullable(before);
        }
        return Optional.of(Evaluation.given(before, held.get(), rating.get(), number, notes.get()));
    }

    /** False when the last {@link #read(Evaluation)} found a field it could not read. */
    boolean isRead() {
        return participantsError.get().isEmpty();
    }

    public BooleanProperty heldProperty() {
        return held;
    }

    /** The rating 1 to 5, or null for none. */
    public ObjectProperty<Integer> ratingProperty() {
        return rating;
    }

    public StringProperty participantsProperty() {
        return participants;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyStringProperty participantsErrorProperty() {
        return participantsError.getReadOnlyProperty();
    }
}
