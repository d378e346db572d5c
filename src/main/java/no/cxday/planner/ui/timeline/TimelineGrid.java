package no.cxday.planner.ui.timeline;

import no.cxday.planner.model.TimelineLayout;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Lane;

/**
 * The still part of the timeline: the grid (hour lines, the CX day marked), the headers (days and
 * lanes) and the axis (hour labels). Headers and axis stay in view while the timeline scrolls.
 */
final class TimelineGrid {

    /** A day narrower than this is headed "tir. 6. okt." rather than "tirsdag 6. oktober", the whole in its tooltip. */
    private static final double LONG_DAY_TITLE_WIDTH = 250;

    private final TimelineSkin skin;
    private final Timeline.LaneMenu laneMenu;

    TimelineGrid(TimelineSkin skin, Timeline.LaneMenu laneMenu) {
        this.skin = skin;
        this.laneMenu = laneMenu;
    }

    /** The three layers, each a list of nodes placed in timeline coordinates. */
    record Parts(List<Node> grid, List<Node> header, List<Node> axis) {
    }

    Parts parts() {
        TimelineLayout layout = skin.layout();
        Messages messages = skin.timeline().messages();
        List<Node> nodes = new ArrayList<>();
        List<Node> header = new ArrayList<>();
        List<Node> axis = new ArrayList<>();
        DateTimeFormatter shortDay = DateTimeFormatter.ofPattern(messages.get("timeline.dayFormatShort"),
                messages.language().locale());
        int lanes = layout.lanes().size();
        double dayWidth = lanes * skin.laneWidth();
        double bottom = skin.minuteY(layout.windowMinutes());
        double right = skin.columnX(layout.days().size(), 0);
        header.add(background("timeline-header", 0, 0, right + 8, TimelineSkin.HEADER));
        axis.add(background("timeline-axis", 0, 0, TimelineSkin.AXIS_WIDTH, bottom + 8));
        for (int d = 0; d < layout.days().size(); d++) {
            LocalDate day = layout.days().get(d);
            double left = skin.columnX(d, 0);
            boolean cxDay = day.equals(layout.cxDay());
            if (cxDay) {
                Region marked = new Region();
                marked.getStyleClass().add("cx-day-column");
                marked.resizeRelocate(left, 0, dayWidth, bottom);
                marked.setMouseTransparent(true);
                nodes.add(marked);
            }
            String title = dayTitle(day, messages);
            String shown = dayWidth < LONG_DAY_TITLE_WIDTH ? day.format(shortDay) : title;
            Label dayHeader = new Label(cxDay ? shown + " · " + messages.get("timeline.cxDay") : shown);
            dayHeader.setTooltip(new Tooltip(cxDay ? title + " · " + messages.get("timeline.cxDay") : title));
            dayHeader.getStyleClass().add(cxDay ? "day-header-cx" : "day-header");
            dayHeader.resizeRelocate(left, 0, dayWidth, TimelineSkin.DAY_HEADER);
            header.add(dayHeader);
            for (int l = 0; l < lanes; l++) {
                Node laneHeader = laneHeader(layout.lanes().get(l), messages, laneMenu);
                laneHeader.resizeRelocate(skin.columnX(d, l), TimelineSkin.DAY_HEADER, skin.laneWidth(),
                        TimelineSkin.HEADER - TimelineSkin.DAY_HEADER);
                header.add(laneHeader);
                if (l > 0) {
                    double x = skin.columnX(d, l);
                    nodes.add(line(x, TimelineSkin.DAY_HEADER, x, bottom, "lane-separator"));
                }
            }
            nodes.add(line(left, 0, left, bottom, "day-separator"));
        }
        nodes.add(line(right, 0, right, bottom, "day-separator"));
        LocalTime start = layout.dayStart();
        int firstMark = (30 - start.getMinute() % 30) % 30;
        for (int minute = firstMark; minute <= layout.windowMinutes(); minute += 30) {
            double y = skin.minuteY(minute);
            boolean fullHour = start.plusMinutes(minute).getMinute() == 0;
            nodes.add(line(TimelineSkin.AXIS_WIDTH - (fullHour ? 6 : 0), y, right, y,
                    fullHour ? "hour-line" : "half-hour-line"));
            if (fullHour) {
                Label label = new Label(start.plusMinutes(minute).toString());
                label.getStyleClass().add("hour-label");
                label.resizeRelocate(4, y + 1, TimelineSkin.AXIS_WIDTH - 12, 16);
                axis.add(label);
            }
        }
        nodes.add(line(TimelineSkin.AXIS_WIDTH, TimelineSkin.HEADER, right, TimelineSkin.HEADER,
                "header-line"));
        List.of(nodes, header, axis).forEach(part -> part.forEach(node -> node.setManaged(false)));
        return new Parts(nodes, header, axis);
    }

    private static Region background(String styleClass, double x, double y, double width, double height) {
        Region background = new Region();
        background.getStyleClass().add(styleClass);
        background.resizeRelocate(x, y, width, height);
        return background;
    }

    /** The header of a lane, with its context menu. */
    private static Node laneHeader(Lane lane, Messages messages, Timeline.LaneMenu menu) {
        Label header = new Label(lane.name());
        header.setTooltip(new Tooltip(lane.name()));
        header.getStyleClass().add("lane-header");
        if (menu != null) {
            header.setContextMenu(new ContextMenu(LaneMenuItems.of(lane, messages, menu).toArray(MenuItem[]::new)));
            header.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2) {
                    menu.rename(lane.id());
                }
            });
        }
        return header;
    }

    private static String dayTitle(LocalDate day, Messages messages) {
        return messages.dates().day(day);
    }

    private static Line line(double x1, double y1, double x2, double y2, String styleClass) {
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().add(styleClass);
        line.setMouseTransparent(true);
        return line;
    }
}
