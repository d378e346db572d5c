package no.cxday.planner.ui.timeline;

import no.cxday.planner.model.TimelineLayout;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The timeline's keys: Tab and Shift+Tab select the next and previous block, Ctrl+Tab leaves the
 * timeline; on the selected block, Up and Down move it by one grid step, Shift+Up and Shift+Down
 * change its length, Left and Right move it a day, Ctrl+Left and Ctrl+Right a lane, Delete
 * removes it, Ctrl+D duplicates it and Enter opens the editor. In review mode 1 to 5 rate it and
 * 0 marks it as not held.
 */
final class TimelineKeys {

    private final Timeline timeline;

    TimelineKeys(Timeline timeline) {
        this.timeline = timeline;
    }

    void handle(KeyEvent event) {
        TimelineActions actions = timeline.actionsProperty().get();
        TimelineLayout layout = timeline.getLayout();
        if (actions == null || layout == null) {
            return;
        }
        if (event.getCode() == KeyCode.TAB) {
            boolean handled = event.isShortcutDown() ? FocusOrder.leave(timeline, !event.isShiftDown())
                    : selectNeighbour(layout.blocks(), event.isShiftDown() ? -1 : 1);
            if (handled) {
                event.consume();
            }
            return;
        }
        String id = timeline.selectedIdProperty().get();
        if (id == null) {
            return;
        }
        boolean handled = true;
        switch (event.getCode()) {
            case UP -> {
                if (event.isShiftDown()) {
                    actions.stretch(id, -1);
                } else {
                    actions.nudge(id, -1);
                }
            }
            case DOWN -> {
                if (event.isShiftDown()) {
                    actions.stretch(id, 1);
                } else {
                    actions.nudge(id, 1);
                }
            }
            case LEFT, RIGHT -> {
                int delta = event.getCode() == KeyCode.LEFT ? -1 : 1;
                if (event.isShortcutDown()) {
                    actions.toNeighbourLane(id, delta);
                } else {
                    actions.toNeighbourDay(id, delta);
                }
            }
            case DELETE, BACK_SPACE -> actions.remove(id);
            case D -> {
                handled = event.isShortcutDown();
                if (handled) {
                    actions.duplicate(id);
                }
            }
            case ENTER -> {
                Runnable open = timeline.onOpenEditorProperty().get();
                handled = open != null;
                if (handled) {
                    open.run();
                }
            }
            case ESCAPE -> timeline.selectedIdProperty().set(null);
            case DIGIT0, DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, NUMPAD0, NUMPAD1, NUMPAD2, NUMPAD3, NUMPAD4, NUMPAD5 -> {
                // With Ctrl the digit is a menu's shortcut (Ctrl+0 fits the width), not a rating.
                handled = timeline.reviewModeProperty().get() && !event.isShortcutDown();
                if (handled) {
                    int digit = event.getCode().getCode() - (event.getCode().isKeypadKey() ? KeyCode.NUMPAD0.getCode()
                            : KeyCode.DIGIT0.getCode());
                    actions.rate(id, digit == 0 ? null : digit);
                }
            }
            default -> handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    /** Selects the next block in time order; false at either end, so that Tab can leave the timeline. */
    private boolean selectNeighbour(List<TimelineLayout.Block> blocks, int delta) {
        String id = timeline.selectedIdProperty().get();
        int index = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).activity().id().equals(id)) {
                index = i;
            }
        }
        int next = index < 0 ? (delta > 0 ? 0 : blocks.size() - 1) : index + delta;
        if (next < 0 || next >= blocks.size()) {
            return false;
        }
        timeline.selectedIdProperty().set(blocks.get(next).activity().id());
        return true;
    }
}
