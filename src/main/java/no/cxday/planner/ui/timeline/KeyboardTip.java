package no.cxday.planner.ui.timeline;

/**
 * The tooltip of the block the keyboard selected, shown below it as hovering shows it for the mouse,
 * until the selection moves on, the mouse is pressed or the timeline loses the focus.
 */
final class KeyboardTip {

    private BlockNode shownFor;

    void show(BlockNode node) {
        hide();
        shownFor = node;
        node.showTipBelow();
    }

    void hide() {
        if (shownFor != null) {
            shownFor.tip().hide();
            shownFor = null;
        }
    }

    /** Hides the tooltip unless it is that of the activity {@code activityId}. */
    void hideUnless(String activityId) {
        if (shownFor != null && !shownFor.activityId().equals(activityId)) {
            hide();
        }
    }
}
