package no.cxday.planner.ui.timeline;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Subscription;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Placement;
import no.cxday.planner.model.TimeGrid;
import no.cxday.planner.model.TimelineLayout;

/**
 * Walks the drag path, unseen, as soon as the window first shows: a placement of the first block
 * near where it is, with the CSS and layout that a drag frame pays (the ghost, the gauge's preview),
 * then none again before anything is drawn; a few times, one walk a turn of the event loop. The
 * first drag a coordinator makes then finds those classes loaded, those nodes styled and that code
 * met by the compiler, instead of paying for them in its first frames.
 */
final class DragWarmUp {

    private DragWarmUp() {
    }

    static void onFirstShow(Timeline timeline) {
        Subscription[] watch = new Subscription[1];
        watch[0] = timeline.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .subscribe(showing -> {
                    if (Boolean.TRUE.equals(showing)) {
                        Platform.runLater(() -> walk(timeline, WALKS));
                        if (watch[0] != null) {
                            watch[0].unsubscribe();
                        }
                    }
                });
    }

    /** How often the path is walked, one walk a turn of the event loop, so that the compiler has met it. */
    private static final int WALKS = 24;

    private static void walk(Timeline timeline, int left) {
        TimelineLayout layout = timeline.getLayout();
        Scene scene = timeline.getScene();
        // A real press or drag has come first: it needs no walk, and must not see one.
        if (layout == null || layout.blocks().isEmpty() || scene == null || timeline.isPressed()
                || timeline.placementProperty().get() != null) {
            return;
        }
        Activity first = layout.blocks().get(0).activity();
        TimeGrid.Span span = first.span();
        int minutes = (left % 4) * 15;
        timeline.placementProperty().set(Placement.ofActivity(first.id(), first.laneId(),
                new TimeGrid.Span(span.start().plusMinutes(minutes), span.end().plusMinutes(minutes))));
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        timeline.placementProperty().set(null);
        if (left > 1) {
            Platform.runLater(() -> walk(timeline, left - 1));
        }
    }
}
