package no.cxday.planner.ui.timeline;

import no.cxday.planner.model.TimelineLayout;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import no.cxday.planner.i18n.DateTimeText;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Placement;
import no.cxday.planner.model.TimeGrid;
import no.cxday.planner.ui.IdeaDrag;

/**
 * Draws the timeline: a grid built when the days, lanes or zoom change, and one node per activity
 * that is kept across changes, all placed in one layout pass per change.
 */
final class TimelineSkin extends SkinBase<Timeline> {

    static final double AXIS_WIDTH = 52;
    static final double DAY_HEADER = 26;
    static final double HEADER = DAY_HEADER + 24;

    private final Pane grid = new Pane();
    private final Pane blocks = new Pane();
    private final Pane header = new Pane();
    private final Pane axis = new Pane();
    private final Region corner = new Region();
    private final Region ghost = new Region();
    private final Label ghostTime = new Label();
    private final Region nowLine = new Region();
    private final Map<String, BlockNode> nodes = new HashMap<>();
    private final TimelineEditController editor;
    private Object gridKey;
    private final KeyboardTip tip = new KeyboardTip();
    private int layoutPasses;
    private Subscription subscriptions = Subscription.EMPTY;

    TimelineSkin(Timeline timeline) {
        super(timeline);
        grid.getStyleClass().add("timeline-grid");
        blocks.setPickOnBounds(false);
        ghost.getStyleClass().add("ghost");
        ghost.setMouseTransparent(true);
        ghost.setManaged(false);
        ghost.setVisible(false);
        ghostTime.getStyleClass().add("ghost-time");
        ghostTime.setMouseTransparent(true);
        ghostTime.setManaged(false);
        ghostTime.setVisible(false);
        corner.getStyleClass().add("timeline-corner");
        corner.setManaged(false);
        nowLine.getStyleClass().add("now-line");
        nowLine.setManaged(false);
        nowLine.setMouseTransparent(true);
        nowLine.setVisible(false);
        getChildren().addAll(grid, blocks, nowLine, ghost, ghostTime, header, axis, corner);
        editor = new TimelineEditController(this);
    }

    /** Listens to the timeline and takes its events; {@link #dispose()} ends all of it at once. */
    @Override
    public void install() {
        super.install();
        Timeline timeline = getSkinnable();
        subscriptions = Subscription.combine(
                timeline.layoutProperty().subscribe(this::refresh),
                timeline.pixelsPerMinuteProperty().subscribe(timeline::requestLayout),
                timeline.laneWidthProperty().subscribe(timeline::requestLayout),
                timeline.selectedIdProperty().subscribe(this::showSelection),
                timeline.reviewModeProperty().subscribe(this::refresh),
                timeline.viewportXProperty().subscribe(this::viewportMoved),
                timeline.viewportYProperty().subscribe(this::viewportMoved),
                timeline.viewportWidthProperty().subscribe(this::refresh),
                timeline.viewportHeightProperty().subscribe(this::refresh),
                timeline.placementProperty().subscribe(this::showPlacement),
                timeline.nowProperty().subscribe(timeline::requestLayout),
                timeline.focusedProperty().subscribe(focused -> tip.hide()),
                on(KeyEvent.KEY_PRESSED, new TimelineKeys(timeline)::handle),
                on(KeyEvent.KEY_PRESSED, this::tipForTheKeyboard),
                on(ScrollEvent.SCROLL, this::zoomOnShortcutScroll),
                on(MouseEvent.MOUSE_PRESSED, this::pressOnEmptySpace),
                on(DragEvent.DRAG_OVER, this::ideaOver),
                on(DragEvent.DRAG_DROPPED, this::ideaDropped),
                on(DragEvent.DRAG_EXITED, e -> timeline.placementProperty().set(null)));
        refresh();
    }

    private <T extends Event> Subscription on(EventType<T> type, EventHandler<? super T> handler) {
        getSkinnable().addEventHandler(type, handler);
        return () -> getSkinnable().removeEventHandler(type, handler);
    }

    @Override
    public void dispose() {
        tip.hide();
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
        super.dispose();
    }

    Timeline timeline() {
        return getSkinnable();
    }

    TimelineLayout layout() {
        return getSkinnable().getLayout();
    }

    /** How many times the blocks were placed; a change to the plan should cost one. */
    int layoutPasses() {
        return layoutPasses;
    }

    BlockNode nodeOf(String activityId) {
        return nodes.get(activityId);
    }

    private void viewportMoved() {
        pinHeaders();
        refresh();
    }

    /**
     * Gives a node to every block in or near the part in view (and to the selected one), and takes
     * it from the others: a plan of thousands of activities costs the nodes of one screen or two.
     */
    private void refresh() {
        TimelineLayout layout = layout();
        if (layout == null) {
            return;
        }
        Set<String> shown = new HashSet<>();
        String selected = getSkinnable().selectedIdProperty().get();
        Messages messages = getSkinnable().messages();
        for (TimelineLayout.Block block : layout.blocks()) {
            String id = block.activity().id();
            if (!nearView(block) && !id.equals(selected)) {
                continue;
            }
            shown.add(id);
            BlockNode node = nodes.computeIfAbsent(id, k -> newBlockNode());
            node.show(block, layout, id.equals(selected), getSkinnable().reviewModeProperty().get(), messages);
        }
        nodes.entrySet().removeIf(entry -> {
            boolean gone = !shown.contains(entry.getKey());
            if (gone) {
                blocks.getChildren().remove(entry.getValue());
            }
            return gone;
        });
        getSkinnable().requestLayout();
    }

    /** Whether the block lies in what is shown, or within one more screen of it in any direction. */
    private boolean nearView(TimelineLayout.Block block) {
        Timeline timeline = getSkinnable();
        double width = timeline.viewportWidthProperty().get();
        double height = timeline.viewportHeightProperty().get();
        if (width <= 0 || height <= 0) {
            return true;
        }
        double left = columnX(block.day(), block.lane());
        double top = minuteY(block.startMinute());
        double bottom = minuteY(block.endMinute());
        double x = timeline.viewportXProperty().get();
        double y = timeline.viewportYProperty().get();
        return left + laneWidth() >= x - width && left <= x + 2 * width && bottom >= y - height
                && top <= y + 2 * height;
    }

    private BlockNode newBlockNode() {
        BlockNode node = new BlockNode();
        node.setManaged(false);
        editor.attach(node);
        blocks.getChildren().add(node);
        return node;
    }

    private void showSelection() {
        String selected = getSkinnable().selectedIdProperty().get();
        if (selected != null && !nodes.containsKey(selected)) {
            refresh();
        }
        tip.hideUnless(selected);
        nodes.forEach((id, node) -> node.pseudoClassStateChanged(BlockNode.SELECTED, id.equals(selected)));
    }

    // Geometry: days side by side, each day's lanes side by side inside it, time running down.

    double laneWidth() {
        return getSkinnable().laneWidthProperty().get();
    }

    double pixelsPerMinute() {
        return getSkinnable().pixelsPerMinuteProperty().get();
    }

    double columnX(int day, int lane) {
        return AXIS_WIDTH + (day * layout().lanes().size() + lane) * laneWidth();
    }

    double minuteY(double minute) {
        return HEADER + minute * pixelsPerMinute();
    }

    /** The day, lane and (unsnapped) minute under a point of the timeline. */
    record Target(LocalDate day, Lane lane, double minute) {
    }

    Target targetAt(double x, double y) {
        TimelineLayout layout = layout();
        int lanes = layout.lanes().size();
        int column = (int) Math.floor((x - AXIS_WIDTH) / laneWidth());
        column = Math.max(0, Math.min(layout.days().size() * lanes - 1, column));
        return new Target(layout.days().get(column / lanes), layout.lanes().get(column % lanes),
                (y - HEADER) / pixelsPerMinute());
    }

    TimeGrid grid() {
        TimelineLayout layout = layout();
        return new TimeGrid(getSkinnable().gridStepProperty().get(), layout.dayStart(), layout.dayEnd());
    }

    /** Draws where a dragged block or idea would land, or nothing for no placement. */
    private void showPlacement(Placement placement) {
        TimelineLayout layout = layout();
        int day = placement == null || layout == null ? -1 : layout.days().indexOf(placement.span().start().toLocalDate());
        int lane = day < 0 ? -1 : layout.lanes().stream().map(Lane::id).toList().indexOf(placement.laneId());
        ghost.setVisible(lane >= 0);
        ghostTime.setVisible(lane >= 0);
        if (lane < 0) {
            return;
        }
        TimeGrid grid = grid();
        TimeGrid.Span span = placement.span();
        double top = minuteY(grid.minuteOf(span.start()));
        double bottom = minuteY(grid.endMinute(span));
        ghost.resizeRelocate(snapPositionX(columnX(day, lane) + 2), snapPositionY(top),
                snapSizeX(laneWidth() - 4), snapSizeY(Math.max(4, bottom - top)));
        ghostTime.setText(DateTimeText.clock(span.start()) + "–" + DateTimeText.clock(span.end()));
        ghostTime.autosize();
        ghostTime.relocate(snapPositionX(columnX(day, lane) + 6), snapPositionY(top + 2));
    }

    /** After a key the timeline took (a block selected, moved or stretched), the selected block tells all of itself. */
    private void tipForTheKeyboard(KeyEvent event) {
        BlockNode node = nodes.get(getSkinnable().selectedIdProperty().get());
        if (event.isConsumed() && node != null && getSkinnable().isFocused()) {
            getSkinnable().applyCss();
            getSkinnable().layout();
            tip.show(node);
        }
    }

    private void zoomOnShortcutScroll(ScrollEvent event) {
        if (event.isShortcutDown() && event.getDeltaY() != 0) {
            getSkinnable().zoom(event.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
            event.consume();
        }
    }

    private void pressOnEmptySpace(MouseEvent event) {
        tip.hide();
        getSkinnable().requestFocus();
        if (event.getButton() == MouseButton.PRIMARY && !event.isConsumed() && event.getTarget() != null
                && !(event.getTarget() instanceof BlockNode) && getSkinnable().actionsProperty().get() != null) {
            getSkinnable().selectedIdProperty().set(null);
        }
    }

    /** Where the idea on the board lands with the pointer at x, y; null when the board holds no idea. */
    private Placement ideaPlacement(DragEvent event) {
        String ideaId = IdeaDrag.ideaId(event.getDragboard());
        if (ideaId == null || layout() == null) {
            return null;
        }
        Target target = targetAt(event.getX(), event.getY());
        int minutes = IdeaDrag.minutes(event.getDragboard(), getSkinnable().gridStepProperty().get());
        return Placement.ofIdea(ideaId, target.lane().id(), grid().place(target.day(), target.minute(), minutes));
    }

    private void ideaOver(DragEvent event) {
        Placement placement = ideaPlacement(event);
        if (placement == null || getSkinnable().actionsProperty().get() == null) {
            return;
        }
        event.acceptTransferModes(TransferMode.COPY);
        getSkinnable().placementProperty().set(placement);
        event.consume();
    }

    private void ideaDropped(DragEvent event) {
        Placement placement = ideaPlacement(event);
        TimelineActions actions = getSkinnable().actionsProperty().get();
        if (placement == null || actions == null) {
            return;
        }
        getSkinnable().placementProperty().set(null);
        boolean added = actions.commit(placement);
        getSkinnable().requestFocus();
        event.setDropCompleted(added);
        event.consume();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        TimelineLayout layout = layout();
        int columns = layout == null ? 1 : layout.days().size() * layout.lanes().size();
        return left + AXIS_WIDTH + columns * laneWidth() + 8 + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        TimelineLayout layout = layout();
        int minutes = layout == null ? 480 : layout.windowMinutes();
        return top + HEADER + minutes * pixelsPerMinute() + 8 + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineLayout layout = layout();
        if (layout == null) {
            return;
        }
        grid.resizeRelocate(0, 0, w, h);
        blocks.resizeRelocate(0, 0, w, h);
        header.resize(w, HEADER);
        axis.resize(AXIS_WIDTH, h);
        corner.resize(AXIS_WIDTH, HEADER);
        Object key = List.of(layout.days(), layout.lanes(), layout.dayStart(), layout.dayEnd(), layout.cxDay(),
                laneWidth(), pixelsPerMinute(), getSkinnable().messages().language());
        if (!Objects.equals(key, gridKey)) {
            gridKey = key;
            TimelineGrid.Parts parts = new TimelineGrid(this, laneMenu()).parts();
            grid.getChildren().setAll(parts.grid());
            header.getChildren().setAll(parts.header());
            axis.getChildren().setAll(parts.axis());
        }
        pinHeaders();
        placeNowLine(layout);
        for (BlockNode node : nodes.values()) {
            TimelineLayout.Block block = node.block();
            double columnWidth = (laneWidth() - 6) / block.columns();
            double left = columnX(block.day(), block.lane()) + 3 + block.column() * columnWidth;
            double top = minuteY(block.startMinute()) + 1;
            double height = Math.max(6, (block.endMinute() - block.startMinute()) * pixelsPerMinute() - 2);
            node.resizeRelocate(snapPositionX(left), snapPositionY(top), snapSizeX(columnWidth - 2),
                    snapSizeY(height));
        }
        layoutPasses++;
    }

    /** The line at the time now across the lanes of its day, when that day is shown and the time is in its window. */
    private void placeNowLine(TimelineLayout layout) {
        LocalDateTime now = getSkinnable().nowProperty().get();
        int day = now == null ? -1 : layout.days().indexOf(now.toLocalDate());
        double minute = now == null ? -1 : (now.toLocalTime().toSecondOfDay() - layout.dayStart().toSecondOfDay()) / 60.0;
        boolean shown = day >= 0 && minute >= 0 && minute <= layout.windowMinutes();
        nowLine.setVisible(shown);
        if (shown) {
            nowLine.resizeRelocate(snapPositionX(columnX(day, 0)), snapPositionY(minuteY(minute) - 1),
                    snapSizeX(layout.lanes().size() * laneWidth()), 2);
        }
    }

    /** Keeps the day and lane headers at the top and the hour labels at the left of what is in view. */
    private void pinHeaders() {
        double x = getSkinnable().viewportXProperty().get();
        double y = getSkinnable().viewportYProperty().get();
        header.relocate(0, snapPositionY(y));
        axis.relocate(snapPositionX(x), 0);
        corner.relocate(snapPositionX(x), snapPositionY(y));
    }

    private Timeline.LaneMenu laneMenu() {
        return getSkinnable().laneMenuProperty().get();
    }
}
