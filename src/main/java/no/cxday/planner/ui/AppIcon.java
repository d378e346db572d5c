package no.cxday.planner.ui;

import java.util.List;
import javafx.scene.image.Image;

/**
 * The application's icon, rendered from packaging/icons/cxday-planner.svg, in the sizes a window
 * manager picks from.
 */
public final class AppIcon {

    static final List<Integer> SIZES = List.of(16, 32, 48, 256);

    private AppIcon() {
    }

    /** Loads in the background, so the window does not wait for its icon. */
    public static List<Image> images() {
        return SIZES.stream()
                .map(size -> new Image(AppIcon.class.getResource("icons/cxday-planner-" + size + ".png")
                        .toExternalForm(), true))
                .toList();
    }
}
