package no.cxday.planner.ui;

import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.Node;

/** The one typed drag format for an idea being dragged onto the timeline: its id. */
public final class IdeaDrag {

    public static final DataFormat FORMAT = new DataFormat("application/x-cxday-idea");

    private IdeaDrag() {
    }

    /** Starts dragging the idea {@code ideaId} from {@code source}. */
    public static void start(Node source, String ideaId, String title) {
        Dragboard board = source.startDragAndDrop(TransferMode.COPY);
        ClipboardContent content = new ClipboardContent();
        content.put(FORMAT, ideaId);
        content.putString(NativeText.of(title));
        board.setContent(content);
    }

    /** The id of the idea on the board, or null when it holds none. */
    public static String ideaId(Dragboard board) {
        return board.hasContent(FORMAT) ? (String) board.getContent(FORMAT) : null;
    }
}
