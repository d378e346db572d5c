package no.cxday.planner.ui;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import no.cxday.planner.model.Placement;
import no.cxday.planner.model.TimeGrid;
import no.cxday.planner.storage.FileFingerprint;
import no.cxday.planner.storage.PlanLock;

/**
 * What the whole window shares, in one place: made by the window, owned by it, and kept when the
 * window's content is built anew (a switch of language), so that nothing of it is lost. Views and
 * view models read and write it here; none keeps a copy.
 */
public final class WindowState {

    private final StringProperty selectedActivityId = new SimpleStringProperty(this, "selectedActivityId");
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(this, "reviewMode");
    private final ObjectProperty<Integer> gridStep = new SimpleObjectProperty<>(this, "gridStep", TimeGrid.DEFAULT_STEP);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Placement> placement = new SimpleObjectProperty<>(this, "placement");
    private final ObjectProperty<FileFingerprint> fileAsSeen = new SimpleObjectProperty<>(this, "fileAsSeen");
    private final ObjectProperty<LocalDate> dayShown = new SimpleObjectProperty<>(this, "dayShown");
    private final BooleanProperty fitToWidth = new SimpleBooleanProperty(this, "fitToWidth", true);
    private final ObjectProperty<FileFingerprint> fileOnDisk = new SimpleObjectProperty<>(this, "fileOnDisk");
    private final ObjectProperty<PlanLock.Holder> lockedBy = new SimpleObjectProperty<>(this, "lockedBy");

    /** The activity selected on the timeline and shown in the editor; null for none. */
    public StringProperty selectedActivityIdProperty() {
        return selectedActivityId;
    }

    /** On while the coordinator reviews how the day went. */
    public BooleanProperty reviewModeProperty() {
        return reviewMode;
    }

    /**
     * The timeline's grid step in minutes, one of {@link TimeGrid#STEPS}. An object property, so that
     * the step box binds to it as it is (a wrapper from asObject() that nothing holds is collected).
     */
    public ObjectProperty<Integer> gridStepProperty() {
        return gridStep;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Where the block or idea being dragged would land; null while nothing is dragged. */
    public ObjectProperty<Placement> placementProperty() {
        return placement;
    }

    /**
     * The open plan's file as it was when the window last read or wrote it, to notice that another
     * program changed it; null for a plan in no file.
     */
    public ObjectProperty<FileFingerprint> fileAsSeenProperty() {
        return fileAsSeen;
    }

    /** The one day the timeline shows; null while it shows every day of the plan. */
    public ObjectProperty<LocalDate> dayShownProperty() {
        return dayShown;
    }

    /** On while the timeline narrows its lanes (down to a readable width) to show every day in the window's width. */
    public BooleanProperty fitToWidthProperty() {
        return fitToWidth;
    }

    /**
     * The open plan's file as another program saved it, while the window has not taken it in
     * (loaded or merged it); null while the file is as the window saw it.
     */
    public ObjectProperty<FileFingerprint> fileOnDiskProperty() {
        return fileOnDisk;
    }

    /** Who has the open plan open elsewhere, when it was opened here only to be read; null otherwise. */
    public ObjectProperty<PlanLock.Holder> lockedByProperty() {
        return lockedBy;
    }
}
