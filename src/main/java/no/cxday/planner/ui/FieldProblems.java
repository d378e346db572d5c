package no.cxday.planner.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Marks the fields whose value a view model refused, through ControlsFX's validation: the field
 * takes the {@code field-invalid} style (a border in the theme's error colour) while its sentence,
 * which the view model wrote and the form shows under it, is not empty. The style decoration is
 * used rather than the graphic one, which would wrap the scene's root in a pane of its own.
 */
public final class FieldProblems {

    private final ValidationSupport support = new ValidationSupport();

    public FieldProblems() {
        support.setValidationDecorator(new StyleClassValidationDecoration("field-invalid", "field-warning"));
    }

    /** Marks {@code field} while {@code problem} says what is wrong with it. */
    public void mark(Control field, ObservableValue<String> problem) {
        support.registerValidator(field, false, (Control control, Object value) ->
                ValidationResult.fromErrorIf(control, problem.getValue(), !problem.getValue().isEmpty()));
        problem.addListener(o -> support.revalidate(field));
    }
}
