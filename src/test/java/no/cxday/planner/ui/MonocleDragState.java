package no.cxday.planner.ui;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * Works around a bug of headless Monocle: its mouse input remembers the view of the last mouse
 * drag and forgets it only after a drag-and-drop, so the first drag-and-drop in a later scene
 * sends a drag-leave to a view that never had a drag-enter and fails. Tests that drag call this
 * first. On a real display (no Monocle) it does nothing.
 */
public final class MonocleDragState {

    private MonocleDragState() {
    }

    public static void reset() {
        try {
            Class<?> mouseInput = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            Method instance = mouseInput.getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            Field dragView = mouseInput.getDeclaredField("dragView");
            dragView.setAccessible(true);
            dragView.set(instance.invoke(null), null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Not on Monocle, or a Monocle without the bug: nothing to reset.
        }
    }
}
