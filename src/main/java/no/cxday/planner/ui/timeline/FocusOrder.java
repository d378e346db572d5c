package no.cxday.planner.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Ctrl+Tab out of the timeline. The timeline keeps Tab for its blocks, and JavaFX 21 has no public
 * way to ask for the next focus owner, so the scene's focusable nodes are walked in their order.
 */
final class FocusOrder {

    private FocusOrder() {
    }

    /** Gives the focus to the next (or previous) focusable node outside {@code from}; false if there is none. */
    static boolean leave(Node from, boolean forward) {
        List<Node> before = new ArrayList<>();
        List<Node> after = new ArrayList<>();
        collect(from.getScene().getRoot(), from, before, after, new boolean[1]);
        if (forward ? after.isEmpty() : before.isEmpty()) {
            return false;
        }
        (forward ? after.get(0) : before.get(before.size() - 1)).requestFocus();
        return true;
    }

    private static void collect(Node node, Node from, List<Node> before, List<Node> after, boolean[] passed) {
        if (node == from) {
            passed[0] = true;
            return;
        }
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            (passed[0] ? after : before).add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, from, before, after, passed);
            }
        }
    }
}
