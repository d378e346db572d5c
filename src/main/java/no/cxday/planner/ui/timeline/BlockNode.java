package no.cxday.planner.ui.timeline;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;
import no.cxday.planner.i18n.DateTimeText;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.TimelineLayout;
import no.cxday.planner.ui.PillarMarks;

/**
 * One activity on the timeline: its title, then its time, responsible, rating (in review) and pillar
 * marks, as many of these as its box has room for, the marks given up first and the time last; the
 * title takes a second line when there is room, and a tooltip tells the whole activity.
 */
final class BlockNode extends Region {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass OVERLAPPING = PseudoClass.getPseudoClass("overlapping");
    /** From the box's edges to its text: the left border is the thick one. */
    private static final Insets PADDING = new Insets(2, 4, 2, 6);
    private static final double GAP = 1;

    private final Label title = new Label();
    private final Label time = new Label();
    private final Label responsible = new Label();
    private final Label rating = new Label();
    private final HBox pillars = new HBox(2);
    /** Below the title, in the order they get room: the last one is the first to go. */
    private final List<Region> lines = List.of(time, responsible, rating, pillars);
    private final Rectangle clip = new Rectangle();
    private final Text measure = new Text();
    private TimelineLayout.Block block;
    private boolean reviewing;
    private String laneName;
    private String fullTime = "";
    private String startTime = "";
    private String description = "";
    /** Made when the pointer first comes over the block, or when the keyboard selects it. */
    private Tooltip tip;

    BlockNode() {
        getStyleClass().add("activity-block");
        title.getStyleClass().add("block-title");
        time.getStyleClass().add("block-time");
        responsible.getStyleClass().add("block-responsible");
        pillars.getStyleClass().add("block-pillars");
        pillars.setAlignment(Pos.CENTER_LEFT);
        rating.getStyleClass().add("block-rating");
        for (Region child : List.of(title, time, responsible, rating, pillars)) {
            child.setMouseTransparent(true);
            getChildren().add(child);
        }
        for (Label label : List.of(title, time, responsible, rating)) {
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            label.setEllipsisString("…");
        }
        setClip(clip);
        setAccessibleRole(AccessibleRole.BUTTON);
        setFocusTraversable(false);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> tip());
    }

    void show(TimelineLayout.Block newBlock, TimelineLayout layout, boolean selected, boolean review,
            Messages messages) {
        Activity activity = newBlock.activity();
        String lane = layout.lanes().get(newBlock.lane()).name();
        if (block == null || !block.activity().equals(activity) || review != reviewing || !lane.equals(laneName)) {
            reviewing = review;
            laneName = lane;
            rating.setText(review ? BlockDescription.rating(activity.evaluation(), messages) : "");
            title.setText(activity.title());
            startTime = DateTimeText.clock(activity.start());
            fullTime = startTime + "–" + DateTimeText.clock(activity.end());
            time.setText(fullTime);
            responsible.setText(activity.responsible());
            pillars.getChildren().setAll(PillarMarks.of(activity.pillars()));
            setAccessibleText(messages.format("block.accessible", activity.title(),
                    activity.start().format(DateTimeFormatter.ofPattern("EEEE", messages.language().locale())),
                    DateTimeText.clock(activity.start()), DateTimeText.clock(activity.end()), lane));
            description = BlockDescription.of(activity, lane, review, messages);
            if (tip != null) {
                tip.setText(description);
            }
            requestLayout();
        }
        block = newBlock;
        pseudoClassStateChanged(SELECTED, selected);
        pseudoClassStateChanged(OVERLAPPING, newBlock.overlapping());
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

    /** The block's tooltip, installed on it the first time it is asked for. */
    Tooltip tip() {
        if (tip == null) {
            tip = new Tooltip(description);
            tip.setShowDelay(Duration.millis(400));
            tip.setShowDuration(Duration.INDEFINITE);
            Tooltip.install(this, tip);
        }
        return tip;
    }

    /** Shows the tooltip below the block (the popup keeps itself on the screen), for the keyboard that selected it. */
    void showTipBelow() {
        Bounds bounds = localToScreen(getLayoutBounds());
        if (bounds != null) {
            tip().show(this, bounds.getMinX(), bounds.getMaxY() + 4);
        }
    }

    private boolean wanted(Region line) {
        return line == pillars ? !pillars.getChildren().isEmpty()
                : !((Label) line).getText().isEmpty();
    }

    /**
     * Gives the title one line, then two when its text needs them and they fit; then each line below in
     * turn while it fits (once one does not, the ones after it go too); what room is left, a long title
     * takes. A box lower than a line gives the title all of it; the clip keeps every line inside the box.
     */
    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        clip.setWidth(width);
        clip.setHeight(height);
        double left = PADDING.getLeft();
        double inner = Math.max(0, width - left - PADDING.getRight());
        time.setText(textSize(fullTime, time, 0).getWidth() <= inner ? fullTime : startTime);
        double line = snapSizeY(title.prefHeight(-1));
        double top = PADDING.getTop();
        double room = height - top - PADDING.getBottom();
        if (room < line) {
            top = Math.max(0, (height - line) / 2);
            room = height - top;
        }
        // A title wraps only between words: a word wider than the box would be broken mid-word, so
        // such a title keeps one line and ends in "…".
        boolean wordsFit = Arrays.stream(title.getText().split("\\s+"))
                .allMatch(word -> textSize(word, title, 0).getWidth() <= inner);
        int needed = !wordsFit ? 1
                : Math.max(1, (int) Math.round(textSize(title.getText(), title, inner).getHeight() / line));
        int titleLines = Math.min(needed, Math.max(1, Math.min(2, (int) Math.floor(room / line))));
        double used = titleLines * line;
        double[] heights = new double[lines.size()];
        boolean fits = true;
        for (int i = 0; i < lines.size(); i++) {
            Region below = lines.get(i);
            double lineHeight = wanted(below) ? snapSizeY(below.prefHeight(inner)) : 0;
            fits &= lineHeight == 0 || used + GAP + lineHeight <= room;
            heights[i] = fits ? lineHeight : 0;
            used += heights[i] == 0 ? 0 : GAP + heights[i];
        }
        titleLines += Math.max(0, Math.min(needed - titleLines, (int) Math.floor((room - used) / line)));
        double titleHeight = Math.min(titleLines * line, height - top);
        // A wrapping label lower than a line would show nothing; a plain one shows the middle of its line.
        title.setWrapText(titleHeight >= line && wordsFit);
        title.setAlignment(titleHeight >= line ? Pos.TOP_LEFT : Pos.CENTER_LEFT);
        title.resizeRelocate(left, top, inner, titleHeight);
        double y = top + titleHeight;
        for (int i = 0; i < lines.size(); i++) {
            Region below = lines.get(i);
            below.setVisible(heights[i] > 0);
            if (heights[i] > 0) {
                below.resizeRelocate(left, y + GAP, inner, heights[i]);
                y += GAP + heights[i];
            }
        }
    }

    /** The size of {@code text} in the label's font, wrapped to {@code wrappingWidth} (0: not wrapped). */
    private Bounds textSize(String text, Label label, double wrappingWidth) {
        measure.setText(text);
        measure.setFont(label.getFont());
        measure.setWrappingWidth(wrappingWidth);
        return measure.getLayoutBounds();
    }
}
