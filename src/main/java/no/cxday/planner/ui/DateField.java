package no.cxday.planner.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.event.EventDispatcher;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.skin.DatePickerSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import no.cxday.planner.i18n.DateTimeText;

/**
 * A date picker that shows and reads dates in the program's language, where JavaFX's own follows
 * the JVM's locale. Its text is the view model's: what it cannot read stays as typed for the form to
 * report, rather than turning into no date or into the date it had before. Empty, its calendar
 * opens at a given month (the plan's CX day) rather than at today's.
 */
public final class DateField extends DatePicker {

    private final DateTimeText dates;

    public DateField(DateTimeText dates, StringProperty text, ObservableValue<LocalDate> opensAt) {
        this.dates = dates;
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : dates.date(date);
            }

            /** Text that names no date keeps the date the calendar shows; the text itself stays. */
            @Override
            public LocalDate fromString(String typed) {
                return typed == null || typed.isBlank() ? null : dates.parseDate(typed).orElse(getValue());
            }
        });
        getEditor().textProperty().bindBidirectional(text);
        showInCalendar(text.get());
        text.addListener((o, was, now) -> {
            if (!getEditor().isFocused()) {
                showInCalendar(now);
            }
        });
        focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                dates.parseDate(getEditor().getText()).ifPresent(date -> getEditor().setText(dates.date(date)));
            }
        });
        // On Enter the picker puts back the text of the date it had, losing what was typed; its skin
        // listens before any filter of ours could stop it, so an Enter on unreadable text goes no further.
        EventDispatcher dispatcher = getEventDispatcher();
        setEventDispatcher((event, tail) -> event instanceof KeyEvent key && key.getCode() == KeyCode.ENTER
                && isUnreadable() ? null : dispatcher.dispatchEvent(event, tail));
        setOnShown(e -> {
            if (getValue() == null && opensAt.getValue() != null) {
                showMonth(YearMonth.from(opensAt.getValue()));
            }
        });
    }

    private boolean isUnreadable() {
        return !getEditor().getText().isBlank() && dates.parseDate(getEditor().getText()).isEmpty();
    }

    private void showInCalendar(String text) {
        setValue(text == null ? null : dates.parseDate(text).orElse(null));
    }

    /**
     * Turns the open calendar to {@code month} with its month buttons, the only public way to it:
     * an empty picker opens at today's month.
     */
    private void showMonth(YearMonth month) {
        if (!(getSkin() instanceof DatePickerSkin skin)) {
            return;
        }
        Node content = skin.getPopupContent();
        long steps = ChronoUnit.MONTHS.between(YearMonth.now(), month);
        Node button = content.lookup(steps < 0 ? ".month-year-pane .left-button" : ".month-year-pane .right-button");
        if (button instanceof Button turn) {
            for (long i = 0; i < Math.abs(steps); i++) {
                turn.fire();
            }
        }
    }
}
