package no.cxday.planner.ui.main;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import no.cxday.planner.storage.Preferences.WindowBounds;

/** Where a remembered window may go: only where a screen still is, and no larger than that screen. */
public final class WindowPlacement {

    /** How much of the window's top edge must lie on a screen for the coordinator to grab it. */
    static final double GRIP_WIDTH = 120;
    static final double GRIP_HEIGHT = 30;

    private WindowPlacement() {
    }

    /** The remembered bounds when they can be used on these screens, cut to fit; empty otherwise. */
    public static Optional<WindowBounds> onScreen(WindowBounds saved, List<Rectangle2D> screens) {
        if (saved == null) {
            return Optional.empty();
        }
        for (Rectangle2D screen : screens) {
            if (screen.intersects(saved.x(), saved.y(), Math.min(GRIP_WIDTH, saved.width()), GRIP_HEIGHT)) {
                return Optional.of(new WindowBounds(saved.x(), saved.y(), Math.min(saved.width(), screen.getWidth()),
                        Math.min(saved.height(), screen.getHeight())));
            }
        }
        return Optional.empty();
    }
}
