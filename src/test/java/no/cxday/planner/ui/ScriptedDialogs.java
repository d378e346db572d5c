package no.cxday.planner.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import no.cxday.planner.merge.Side;

/**
 * A dialog service that answers from a script and records what it was asked to show. A question
 * that nobody scripted an answer for fails the test: a dialog the test did not expect is a bug.
 */
public final class ScriptedDialogs implements DialogService {

    /** Scripted as the file a chooser returns: the coordinator cancelled the chooser. */
    public static final Path CANCELLED = Path.of("cancelled-by-the-script");

    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<String> askedAbout = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final Deque<String> texts = new ArrayDeque<>();
    public final List<String> questions = new ArrayList<>();

    public final Deque<ChangedOnDiskChoice> changedOnDisk = new ArrayDeque<>();
    public final Deque<RecoveryChoice> recoveries = new ArrayDeque<>();
    public final List<String> recoveryOffers = new ArrayList<>();

    @Override
    public ChangedOnDiskChoice askChangedOnDisk(String fileName) {
        questions.add(fileName);
        return next(changedOnDisk, "changed on disk: " + fileName);
    }

    public final Deque<LockChoice> lockChoices = new ArrayDeque<>();
    public final List<String> lockQuestions = new ArrayList<>();

    @Override
    public LockChoice askAboutLock(String sentence) {
        lockQuestions.add(sentence);
        return next(lockChoices, "someone else has it open: " + sentence);
    }

    /** A side for each conflict, or {@link #CANCEL_MERGE} for Avbryt. */
    public final Deque<List<Side>> resolutions = new ArrayDeque<>();
    public final List<List<ConflictInWords>> conflictsShown = new ArrayList<>();
    public static final List<Side> CANCEL_MERGE = List.of();
    /** What happens elsewhere while the coordinator picks sides, such as another save of the file. */
    public Runnable whileResolving = () -> { };

    @Override
    public Optional<List<Side>> askToResolve(String fileName, List<ConflictInWords> conflicts) {
        conflictsShown.add(conflicts);
        whileResolving.run();
        List<Side> sides = next(resolutions, "resolve " + conflicts);
        return sides == CANCEL_MERGE ? Optional.empty() : Optional.of(sides);
    }

    public final Deque<Integer> newPlanYears = new ArrayDeque<>();
    public final Deque<CarryOverChoice> carryOvers = new ArrayDeque<>();
    public final List<Integer> yearsSuggested = new ArrayList<>();

    @Override
    public Optional<Integer> askYearForNewPlan(int suggestedYear) {
        yearsSuggested.add(suggestedYear);
        return Optional.of(next(newPlanYears, "the year of a new plan")).filter(year -> year > 0);
    }

    @Override
    public Optional<CarryOverChoice> askCarryOver(int suggestedYear) {
        yearsSuggested.add(suggestedYear);
        return Optional.of(next(carryOvers, "carry over to next year")).filter(choice -> choice.year() > 0);
    }

    @Override
    public RecoveryChoice askToRecover(String description) {
        recoveryOffers.add(description);
        return next(recoveries, "recover: " + description);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        return chosen(next(filesToOpen, "a file to open"));
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName, FileKind kind) {
        suggestedNames.add(suggestedName);
        return chosen(next(filesToSave, "a file to save, proposed " + suggestedName));
    }

    @Override
    public void showError(String sentence) {
        errors.add(sentence);
    }

    @Override
    public void showInfo(String sentence) {
        infos.add(sentence);
    }

    @Override
    public void showNotice(String sentence) {
        notices.add(sentence);
    }

    @Override
    public SaveChoice askToSaveChanges(String planTitle) {
        askedAbout.add(planTitle);
        return next(saveChoices, "save the changes to " + planTitle);
    }

    @Override
    public boolean confirm(String question) {
        questions.add(question);
        return next(confirmations, question);
    }

    public final List<String> documentsShown = new ArrayList<>();

    @Override
    public void showDocument(String linkOrPath) {
        documentsShown.add(linkOrPath);
    }

    @Override
    public Optional<String> askForText(String question, String initial) {
        questions.add(question);
        return Optional.of(next(texts, question)).filter(text -> !text.isEmpty());
    }

    private static <T> T next(Deque<T> answers, String question) {
        if (answers.isEmpty()) {
            throw new AssertionError("A dialog nobody scripted an answer for: " + question);
        }
        return answers.poll();
    }

    private static Optional<Path> chosen(Path file) {
        return file == CANCELLED ? Optional.empty() : Optional.of(file);
    }
}
