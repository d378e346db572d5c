package no.cxday.planner.ui;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Shows the values of a combo box by name, with a text for none. */
public final class Named {

    private Named() {
    }

    public static <T> void show(ComboBox<T> box, Function<T, String> name, String none) {
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(v -> toString(v).equals(text)).findFirst().orElse(null);
            }
        };
        box.setConverter(converter);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty && item == null ? none : converter.toString(item));
            }
        });
    }
}
