package no.cxday.planner.ui.timeline;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.TimelineLayout;
import no.cxday.planner.model.TimeGrid;
import no.cxday.planner.ui.Named;

/**
 * The timeline in a scroll pane, under a tool bar for zoom, grid step and lanes, and for which days
 * it shows and how wide; the line at the time now moves on every half minute while it is shown.
 */
public final class TimelineView {

    private static final Duration NOW_EVERY = Duration.seconds(30);

    private final TimelineDaysViewModel days;
    private final TimelineDaysBar daysBar;
    private final BorderPane root = new BorderPane();
    private final Timeline timeline;
    /** True from when a plan with other days is shown until the CX day has been scrolled into view. */
    private boolean cxDayToShow = true;

    /**
     * @param reviewMode shared with the rest of the window; the tool bar's toggle switches it
     */
    public TimelineView(TimelineViewModel viewModel, TimelineDaysViewModel days, Messages messages,
            Runnable openEditor, BooleanProperty reviewMode) {
        this.days = days;
        daysBar = new TimelineDaysBar(days, messages);
        timeline = new Timeline(messages);
        timeline.setId("timeline");
        timeline.layoutProperty().bind(days.layoutProperty());
        timeline.nowProperty().bind(days.nowProperty());
        timeline.gridStepProperty().bind(viewModel.gridStepProperty());
        timeline.selectedIdProperty().bindBidirectional(viewModel.selectedIdProperty());
        timeline.placementProperty().bindBidirectional(viewModel.placementProperty());
        timeline.actionsProperty().set(viewModel);
        timeline.onOpenEditorProperty().set(openEditor);
        timeline.reviewModeProperty().bind(reviewMode);
        DragWarmUp.onFirstShow(timeline);
        timeline.laneMenuProperty().set(new Timeline.LaneMenu() {
            @Override
            public void rename(String laneId) {
                viewModel.renameLane(laneId);
            }

            @Override
            public void move(String laneId, int delta) {
                viewModel.moveLane(laneId, delta);
            }

            @Override
            public void remove(String laneId) {
                viewModel.removeLane(laneId);
            }
        });

        Button zoomOut = new Button("−");
        zoomOut.setAccessibleText(messages.get("timeline.zoomOut"));
        zoomOut.setOnAction(e -> timeline.zoom(1 / 1.25));
        Button zoomIn = new Button("+");
        zoomIn.setAccessibleText(messages.get("timeline.zoomIn"));
        zoomIn.setOnAction(e -> timeline.zoom(1.25));
        ComboBox<Integer> step = new ComboBox<>();
        step.getItems().setAll(TimeGrid.STEPS);
        Named.show(step, minutes -> messages.format("timeline.stepMinutes", minutes), "");
        step.valueProperty().bindBidirectional(viewModel.gridStepProperty());
        step.setAccessibleText(messages.get("timeline.step"));
        Button addLane = new Button(messages.get("lane.add"));
        addLane.setId("addLane");
        addLane.setOnAction(e -> viewModel.addLane());
        Label zoom = new Label(messages.get("timeline.zoom"));
        Label grid = new Label(messages.get("timeline.step"));
        ToggleButton review = new ToggleButton(messages.get("review.mode"));
        review.setId("reviewMode");
        review.selectedProperty().bindBidirectional(reviewMode);
        HBox edits = new HBox(4, zoom, zoomOut, zoomIn, grid, step, addLane, review);
        edits.getStyleClass().add("timeline-edits");
        // Wraps to a second row when the pane is too narrow for both groups, rather than hiding buttons.
        FlowPane tools = new FlowPane(12, 4, edits, daysBar.buttons());
        tools.getStyleClass().addAll("tool-bar", "timeline-tools");

        ScrollPane scroll = new ScrollPane(timeline);
        scroll.getStyleClass().add("timeline-scroll");
        scroll.setFitToWidth(false);
        scroll.setPannable(false);
        root.setTop(tools);
        root.setCenter(scroll);
        scroll.viewportBoundsProperty().addListener(o -> {
            fitLanes(scroll.getViewportBounds().getWidth());
            followViewport(scroll);
        });
        scroll.hvalueProperty().addListener(o -> followViewport(scroll));
        scroll.vvalueProperty().addListener(o -> followViewport(scroll));
        timeline.widthProperty().addListener(o -> followViewport(scroll));
        timeline.heightProperty().addListener(o -> followViewport(scroll));
        days.layoutProperty().addListener((o, before, now) -> {
            fitLanes(scroll.getViewportBounds().getWidth());
            if (!before.days().equals(now.days()) || !before.cxDay().equals(now.cxDay())) {
                cxDayToShow = true;
                showCxDay(scroll);
            }
        });
        timeline.widthProperty().addListener(o -> showCxDay(scroll));
        scroll.viewportBoundsProperty().addListener(o -> showCxDay(scroll));
        days.narrowestLaneProperty().addListener(o -> fitLanes(scroll.getViewportBounds().getWidth()));
        javafx.animation.Timeline clock = new javafx.animation.Timeline(new KeyFrame(NOW_EVERY,
                e -> days.refreshNow()));
        clock.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().subscribe(scene -> {
            if (scene == null) {
                clock.stop();
            } else {
                clock.play();
            }
        });
    }

    /** For the View menu: fit to width, all days or one, the day before or after, the CX day; with their keys. */
    public List<MenuItem> menuItems() {
        return daysBar.menuItems();
    }

    public Parent root() {
        return root;
    }

    /** What the lane headers' menus do, for the Plan menu to offer too. */
    public Timeline.LaneMenu laneMenu() {
        return timeline.laneMenuProperty().get();
    }

    public Timeline timeline() {
        return timeline;
    }

    /**
     * Tells the timeline which part of it is in view, from the scroll values: the scroll pane's
     * viewport bounds follow a change of the values only at its next layout.
     */
    private void followViewport(ScrollPane scroll) {
        double width = scroll.getViewportBounds().getWidth();
        double height = scroll.getViewportBounds().getHeight();
        timeline.viewportXProperty().set(scroll.getHvalue() * Math.max(0, timeline.getWidth() - width));
        timeline.viewportYProperty().set(scroll.getVvalue() * Math.max(0, timeline.getHeight() - height));
        timeline.viewportWidthProperty().set(width);
        timeline.viewportHeightProperty().set(height);
    }

    /** Scrolls sideways so that the CX day's column is the first one seen. */
    private void showCxDay(ScrollPane scroll) {
        if (!cxDayToShow || Math.abs(timeline.getWidth() - timeline.prefWidth(-1)) > 1) {
            return;
        }
        cxDayToShow = false;
        TimelineLayout layout = days.layoutProperty().get();
        double hidden = timeline.getWidth() - scroll.getViewportBounds().getWidth();
        int day = Math.max(0, layout.days().indexOf(layout.cxDay()));
        double x = day * layout.lanes().size() * timeline.laneWidthProperty().get();
        scroll.setHvalue(hidden <= 0 ? 0 : Math.min(1, x / hidden));
    }

    /** Shares the visible width among the lanes, as wide as the view model lets them be. */
    private void fitLanes(double viewportWidth) {
        timeline.laneWidthProperty().set(days.laneWidth(viewportWidth - TimelineSkin.AXIS_WIDTH - 10));
    }
}
