package no.cxday.planner.ui.timeline;

import no.cxday.planner.model.TimelineLayout;
import java.time.format.DateTimeFormatter;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import no.cxday.planner.i18n.DateTimeText;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.ui.PillarMarks;

/** One activity on the timeline: title, time, responsible and its pillars by colour and shape. */
final class BlockNode extends Region {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass OVERLAPPING = PseudoClass.getPseudoClass("overlapping");

    private final Label title = new Label();
    private final Label time = new Label();
    private final Label responsible = new Label();
    private final Label rating = new Label();
    private final HBox pillars = new HBox(2);
    private final VBox content = new VBox(1, title, time, responsible, rating, pillars);
    private TimelineLayout.Block block;
    private boolean reviewing;

    BlockNode() {
        getStyleClass().add("activity-block");
        title.getStyleClass().add("block-title");
        time.getStyleClass().add("block-time");
        responsible.getStyleClass().add("block-responsible");
        pillars.getStyleClass().add("block-pillars");
        rating.getStyleClass().add("block-rating");
        rating.setManaged(false);
        rating.setVisible(false);
        content.setPadding(new Insets(2, 4, 2, 6));
        content.setMouseTransparent(true);
        getChildren().add(content);
        setAccessibleRole(AccessibleRole.BUTTON);
        setFocusTraversable(false);
    }

    void show(TimelineLayout.Block newBlock, TimelineLayout layout, boolean selected, boolean review,
            Messages messages) {
        Activity activity = newBlock.activity();
        if (block == null || !block.activity().equals(activity) || review != reviewing) {
            reviewing = review;
            rating.setText(review ? ratingText(activity.evaluation(), messages) : "");
            rating.setManaged(review);
            rating.setVisible(review);
            title.setText(activity.title());
            time.setText(DateTimeText.clock(activity.start()) + "–" + DateTimeText.clock(activity.end()));
            responsible.setText(activity.responsible());
            responsible.setManaged(!activity.responsible().isEmpty());
            pillars.getChildren().setAll(PillarMarks.of(activity.pillars()));
            String lane = layout.lanes().get(newBlock.lane()).name();
            setAccessibleText(messages.format("block.accessible", activity.title(),
                    activity.start().format(DateTimeFormatter.ofPattern("EEEE", messages.language().locale())),
                    DateTimeText.clock(activity.start()), DateTimeText.clock(activity.end()), lane));
        }
        block = newBlock;
        pseudoClassStateChanged(SELECTED, selected);
        pseudoClassStateChanged(OVERLAPPING, newBlock.overlapping());
    }

    /** "★★★★☆", "Ikke holdt" or "Ikke vurdert". */
    static String ratingText(Evaluation evaluation, Messages messages) {
        if (evaluation == null) {
            return messages.get("review.unrated");
        }
        if (!evaluation.held()) {
            return messages.get("review.notHeld");
        }
        if (evaluation.rating() == null) {
            return messages.get("review.heldUnrated");
        }
        return "★".repeat(evaluation.rating()) + "☆".repeat(Evaluation.MAX_RATING - evaluation.rating());
    }

    String ratingText() {
        return rating.getText();
    }

    TimelineLayout.Block block() {
        return block;
    }

    String activityId() {
        return block.activity().id();
    }

    @Override
    protected void layoutChildren() {
        content.resizeRelocate(0, 0, getWidth(), getHeight());
    }
}
