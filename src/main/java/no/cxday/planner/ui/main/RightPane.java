package no.cxday.planner.ui.main;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import no.cxday.planner.i18n.Messages;

/**
 * The right-hand side of the window: the gauge always in view at the top, and below it one of the
 * activity editor, the budget and (in review mode) the review of the day, on tabs, so that none of
 * them pushes another out of sight. Choosing an activity shows its editor.
 */
final class RightPane {

    private final VBox root;
    private final TabPane details = new TabPane();
    private final Tab activity;
    private final Subscription subscriptions;

    RightPane(MainView.Panes panes, Messages messages, BooleanProperty reviewMode, ObservableValue<String> selected) {
        VBox lastYear = new VBox(panes.review().lastYear());
        lastYear.setPadding(new Insets(0, 8, 0, 8));
        activity = tab("rightTabActivity", messages.get("editor.heading"), panes.editor().root());
        Tab budget = tab("rightTabBudget", messages.get("budget.heading"), panes.budget().root());
        Tab review = tab("rightTabReview", messages.get("review.heading"), panes.review().root());
        details.getTabs().setAll(activity, budget);
        details.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        details.getStyleClass().add("details");
        VBox.setVgrow(details, Priority.ALWAYS);
        root = new VBox(panes.balance().root(), lastYear, details);
        root.getStyleClass().add("right-pane");
        root.setMinWidth(0);
        subscriptions = Subscription.combine(
                reviewMode.subscribe(on -> {
                    if (on && !details.getTabs().contains(review)) {
                        details.getTabs().add(review);
                        details.getSelectionModel().select(review);
                    } else if (!on) {
                        details.getTabs().remove(review);
                    }
                }),
                selected.subscribe((before, now) -> {
                    if (now != null) {
                        showActivity();
                    }
                }));
    }

    /** A tab whose content scrolls on its own when it is taller than the room it has. */
    private static Tab tab(String id, String text, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setId(id + "Scroll");
        Tab tab = new Tab(text, scroll);
        tab.setId(id);
        return tab;
    }

    void showActivity() {
        details.getSelectionModel().select(activity);
    }

    Parent root() {
        return root;
    }

    void close() {
        subscriptions.unsubscribe();
    }
}
