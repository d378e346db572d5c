package no.cxday.planner.ui.timeline;

import java.util.List;
import javafx.scene.control.MenuItem;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Lane;

/** What can be done to a lane, for its header's context menu and for the Plan menu (the keyboard's way). */
public final class LaneMenuItems {

    private LaneMenuItems() {
    }

    public static List<MenuItem> of(Lane lane, Messages messages, Timeline.LaneMenu menu) {
        MenuItem rename = new MenuItem(messages.get("lane.rename"));
        rename.setOnAction(e -> menu.rename(lane.id()));
        MenuItem left = new MenuItem(messages.get("lane.moveLeft"));
        left.setOnAction(e -> menu.move(lane.id(), -1));
        MenuItem right = new MenuItem(messages.get("lane.moveRight"));
        right.setOnAction(e -> menu.move(lane.id(), 1));
        MenuItem remove = new MenuItem(messages.get("lane.remove"));
        remove.setOnAction(e -> menu.remove(lane.id()));
        return List.of(rename, left, right, remove);
    }
}
