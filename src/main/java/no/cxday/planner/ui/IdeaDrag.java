package no.cxday.planner.ui;

import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import no.cxday.planner.model.Idea;

/** The typed drag formats for an idea being dragged onto the timeline: its id and its length. */
public final class IdeaDrag {

    public static final DataFormat FORMAT = new DataFormat("application/x-cxday-idea");
    /** The idea's length in minutes, so that the timeline can draw where it would land. */
    public static final DataFormat MINUTES = new DataFormat("application/x-cxday-idea-minutes");

    private IdeaDrag() {
    }

    /** Starts dragging {@code idea} from {@code source}. */
    public static void start(Node source, Idea idea) {
        Dragboard board = source.startDragAndDrop(TransferMode.COPY);
        ClipboardContent content = new ClipboardContent();
        content.put(FORMAT, idea.id());
        content.put(MINUTES, Integer.toString(idea.durationMinutes()));
        content.putString(NativeText.of(idea.title()));
        board.setContent(content);
    }

    /** The id of the idea on the board, or null when it holds none. */
    public static String ideaId(Dragboard board) {
        return board.hasContent(FORMAT) ? (String) board.getContent(FORMAT) : null;
    }

    /** The length of the idea on the board, or {@code otherwise} when it does not say. */
    public static int minutes(Dragboard board, int otherwise) {
        try {
            return board.hasContent(MINUTES) ? Integer.parseInt((String) board.getContent(MINUTES)) : otherwise;
        } catch (NumberFormatException | ClassCastException e) {
            return otherwise;
        }
    }
}
