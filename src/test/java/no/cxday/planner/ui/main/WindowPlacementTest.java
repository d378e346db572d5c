package no.cxday.planner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import no.cxday.planner.storage.Preferences.WindowBounds;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final List<Rectangle2D> LAPTOP = List.of(new Rectangle2D(0, 0, 1366, 768));
    private static final List<Rectangle2D> TWO_SCREENS = List.of(new Rectangle2D(0, 0, 1366, 768),
            new Rectangle2D(1366, 0, 1920, 1080));

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        WindowBounds bounds = new WindowBounds(100, 50, 1200, 700);

        assertEquals(Optional.of(bounds), WindowPlacement.onScreen(bounds, LAPTOP));
    }

    @Test
    void aWindowOffEveryScreenIsNotPutBackThere() {
        WindowBounds onTheSecondScreen = new WindowBounds(2000, 100, 1600, 900);

        assertEquals(Optional.empty(), WindowPlacement.onScreen(onTheSecondScreen, LAPTOP),
                "the second screen was unplugged");
        assertEquals(Optional.empty(), WindowPlacement.onScreen(new WindowBounds(-5000, -5000, 800, 600), LAPTOP));
        assertEquals(Optional.empty(), WindowPlacement.onScreen(null, LAPTOP));
    }

    @Test
    void aWindowLargerThanItsScreenIsCutToIt() {
        WindowBounds large = new WindowBounds(1400, 20, 2400, 1400);

        assertEquals(Optional.of(new WindowBounds(1400, 20, 1920, 1080)), WindowPlacement.onScreen(large, TWO_SCREENS));
    }
}
