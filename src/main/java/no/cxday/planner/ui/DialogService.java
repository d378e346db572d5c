package no.cxday.planner.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import no.cxday.planner.merge.Side;

/** The dialogs a view model needs, behind an interface so that tests can answer them. */
public interface DialogService {

    /** The coordinator's answer when unsaved changes would be lost. */
    enum SaveChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    /** The coordinator's answer when the file changed on disk since it was opened or saved. */
    enum ChangedOnDiskChoice {
        MERGE,
        OVERWRITE,
        SAVE_AS,
        RELOAD,
        CANCEL
    }

    /** The coordinator's answer for a plan recovered after a crash. */
    enum RecoveryChoice {
        RESTORE,
        DISCARD,
        LATER
    }

    /** The coordinator's answer when someone else has the plan open. */
    enum LockChoice {
        READ_ONLY,
        OPEN_ANYWAY,
        CANCEL
    }

    /** One conflict of a merge in words: what it is about, and what each side has there. */
    record ConflictInWords(String what, String mine, String theirs) {
    }

    /** Next year's plan: the year, and whether to leave out what was not held or was rated low. */
    record CarryOverChoice(int year, boolean leaveOutPoor) {
    }

    ChangedOnDiskChoice askChangedOnDisk(String fileName);

    /** @param sentence who has the plan open, on which machine, since when, and what may be done */
    LockChoice askAboutLock(String sentence);

    /**
     * Which side to keep for each conflict of merging the plan with its file as it is now.
     *
     * @return a side for each conflict, in their order; empty when cancelled
     */
    Optional<List<Side>> askToResolve(String fileName, List<ConflictInWords> conflicts);

    /** The year of the CX day a new plan is for, starting at {@code suggestedYear}; empty when cancelled. */
    Optional<Integer> askYearForNewPlan(int suggestedYear);

    /** What next year's plan is made with, starting at {@code suggestedYear}; empty when cancelled. */
    Optional<CarryOverChoice> askCarryOver(int suggestedYear);

    /** @param description the plan's title, when its copy was made and where it came from */
    RecoveryChoice askToRecover(String description);

    Optional<Path> chooseFileToOpen(Path folder);

    Optional<Path> chooseFileToSave(Path folder, String suggestedName, FileKind kind);

    void showError(String sentence);

    void showInfo(String sentence);

    /** Tells something that needs no answer, such as where an export went, without stopping the work. */
    void showNotice(String sentence);

    SaveChoice askToSaveChanges(String planTitle);

    /** Asks a yes-or-no question; true for yes. */
    boolean confirm(String question);

    /** Opens a link in the browser, or a file or folder with the desktop's program for it. */
    void showDocument(String linkOrPath);

    /** Asks for a line of text, such as a lane name; empty when cancelled. */
    Optional<String> askForText(String question, String initial);
}
