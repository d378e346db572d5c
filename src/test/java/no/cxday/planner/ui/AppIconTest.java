package no.cxday.planner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    @Test
    void every_size_loads_at_its_own_size() throws Exception {
        List<Image> images = AppIcon.images();
        assertEquals(AppIcon.SIZES.size(), images.size());
        for (int i = 0; i < images.size(); i++) {
            Image image = images.get(i);
            long until = System.nanoTime() + 10_000_000_000L;
            while (image.getProgress() < 1 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertFalse(image.isError(), () -> "icon " + image.getUrl() + ": " + image.getException());
            assertEquals(AppIcon.SIZES.get(i), (int) image.getWidth(), image.getUrl());
            assertEquals(AppIcon.SIZES.get(i), (int) image.getHeight(), image.getUrl());
        }
    }
}
