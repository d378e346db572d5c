package no.cxday.planner.ui.timeline;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import no.cxday.planner.i18n.Messages;

/**
 * The choices of what the timeline shows, twice: as buttons above it, whose tooltips name their keys,
 * and as items of the View menu, which carry those keys. Ctrl+0 fits the width (as it resets the zoom
 * in a browser); Alt+A shows all days and Alt+D one day (alle/all, dag/day); Alt+Page Up and Alt+Page
 * Down step a day, Alt+Home goes to the CX day. None of these is a key the timeline or a text field takes.
 */
final class TimelineDaysBar {

    static final KeyCombination FIT = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ALL_DAYS = new KeyCodeCombination(KeyCode.A, KeyCombination.ALT_DOWN);
    static final KeyCombination ONE_DAY = new KeyCodeCombination(KeyCode.D, KeyCombination.ALT_DOWN);
    static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.ALT_DOWN);
    static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.ALT_DOWN);
    static final KeyCombination CX_DAY = new KeyCodeCombination(KeyCode.HOME, KeyCombination.ALT_DOWN);

    private final TimelineDaysViewModel days;
    private final Messages messages;

    TimelineDaysBar(TimelineDaysViewModel days, Messages messages) {
        this.days = days;
        this.messages = messages;
    }

    /** Fit to width; all days or one; the day before, the day after, the CX day. */
    Node buttons() {
        ToggleButton fit = new ToggleButton(messages.get("timeline.fit"));
        fit.setId("fitToWidth");
        fit.selectedProperty().bindBidirectional(days.fitToWidthProperty());
        tip(fit, messages.format("timeline.fit.tip", FIT.getDisplayText()));
        ToggleButton all = new ToggleButton(messages.get("timeline.allDays"));
        all.setId("allDays");
        all.getStyleClass().add("left-pill");
        tip(all, messages.format("timeline.allDays.tip", ALL_DAYS.getDisplayText()));
        ToggleButton one = new ToggleButton(messages.get("timeline.oneDay"));
        one.setId("oneDay");
        one.getStyleClass().add("right-pill");
        tip(one, messages.format("timeline.oneDay.tip", ONE_DAY.getDisplayText()));
        // Two toggles that follow the view model, so that clicking the one already on leaves it on.
        BooleanBinding oneDay = days.oneDayProperty();
        oneDay.subscribe(now -> {
            all.setSelected(!now);
            one.setSelected(now);
        });
        all.setOnAction(e -> {
            days.showAllDays();
            all.setSelected(!oneDay.get());
        });
        one.setOnAction(e -> {
            days.showOneDay();
            one.setSelected(oneDay.get());
        });
        Button previous = new Button("‹");
        previous.setId("previousDay");
        previous.setAccessibleText(messages.get("timeline.previousDay"));
        previous.disableProperty().bind(days.canGoBackProperty().not());
        previous.setOnAction(e -> days.previousDay());
        tip(previous, messages.format("timeline.withKey", messages.get("timeline.previousDay"),
                PREVIOUS.getDisplayText()));
        Button next = new Button("›");
        next.setId("nextDay");
        next.setAccessibleText(messages.get("timeline.nextDay"));
        next.disableProperty().bind(days.canGoForwardProperty().not());
        next.setOnAction(e -> days.nextDay());
        tip(next, messages.format("timeline.withKey", messages.get("timeline.nextDay"), NEXT.getDisplayText()));
        Button cxDay = new Button(messages.get("timeline.cxDay"));
        cxDay.setId("showCxDay");
        cxDay.setOnAction(e -> days.showCxDay());
        tip(cxDay, messages.format("timeline.withKey", messages.get("timeline.showCxDay"),
                CX_DAY.getDisplayText()));
        HBox pair = new HBox(all, one);
        HBox bar = new HBox(4, fit, pair, previous, next, cxDay);
        bar.getStyleClass().add("timeline-days");
        return bar;
    }

    /** The same choices for the View menu, with their keys. */
    List<MenuItem> menuItems() {
        CheckMenuItem fit = new CheckMenuItem(messages.get("timeline.fit"));
        fit.setId("menuFitToWidth");
        fit.setAccelerator(FIT);
        fit.selectedProperty().bindBidirectional(days.fitToWidthProperty());
        ToggleGroup choice = new ToggleGroup();
        RadioMenuItem all = new RadioMenuItem(messages.get("timeline.allDays"));
        all.setId("menuAllDays");
        all.setAccelerator(ALL_DAYS);
        all.setToggleGroup(choice);
        all.setOnAction(e -> days.showAllDays());
        RadioMenuItem one = new RadioMenuItem(messages.get("timeline.oneDay"));
        one.setId("menuOneDay");
        one.setAccelerator(ONE_DAY);
        one.setToggleGroup(choice);
        one.setOnAction(e -> days.showOneDay());
        days.oneDayProperty().subscribe(now -> (now ? one : all).setSelected(true));
        MenuItem previous = item("timeline.previousDay", PREVIOUS, days::previousDay);
        previous.disableProperty().bind(days.canGoBackProperty().not());
        MenuItem next = item("timeline.nextDay", NEXT, days::nextDay);
        next.disableProperty().bind(days.canGoForwardProperty().not());
        MenuItem cxDay = item("timeline.showCxDay", CX_DAY, days::showCxDay);
        return List.of(fit, all, one, previous, next, cxDay);
    }

    private MenuItem item(String key, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId("menu." + key);
        item.setAccelerator(keys);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static void tip(ButtonBase button, String text) {
        button.setTooltip(new Tooltip(text));
    }
}
