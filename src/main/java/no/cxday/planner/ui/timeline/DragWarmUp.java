package no.cxday.planner.ui.timeline;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Subscription;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Placement;
import no.cxday.planner.model.TimelineLayout;

/**
 * Walks the drag path once, unseen, as soon as the window first shows: a placement of the first
 * block where it already is, with the CSS and layout that a drag frame pays (the ghost, the gauge's
 * preview), then none again before anything is drawn. The first drag a coordinator makes then
 * finds those classes loaded and those nodes styled, instead of paying for them in its first frames.
 */
final class DragWarmUp {

    private DragWarmUp() {
    }

    static void onFirstShow(Timeline timeline) {
        Subscription[] watch = new Subscription[1];
        watch[0] = timeline.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .subscribe(showing -> {
                    if (Boolean.TRUE.equals(showing)) {
                        Platform.runLater(() -> walk(timeline));
                        if (watch[0] != null) {
                            watch[0].unsubscribe();
                        }
                    }
                });
    }

    private static void walk(Timeline timeline) {
        TimelineLayout layout = timeline.getLayout();
        Scene scene = timeline.getScene();
        if (layout == null || layout.blocks().isEmpty() || scene == null || timeline.placementProperty().get() != null) {
            return;
        }
        Activity first = layout.blocks().get(0).activity();
        timeline.placementProperty().set(Placement.ofActivity(first.id(), first.laneId(), first.span()));
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        timeline.placementProperty().set(null);
    }
}
