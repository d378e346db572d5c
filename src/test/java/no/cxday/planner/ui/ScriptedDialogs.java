package no.cxday.planner.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A dialog service that answers from a script and records what it was asked to show. */
public final class ScriptedDialogs implements DialogService {

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
        return changedOnDisk.isEmpty() ? ChangedOnDiskChoice.CANCEL : changedOnDisk.poll();
    }

    @Override
    public RecoveryChoice askToRecover(String description) {
        recoveryOffers.add(description);
        return recoveries.isEmpty() ? RecoveryChoice.LATER : recoveries.poll();
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName, FileKind kind) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(filesToSave.poll());
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
        return saveChoices.isEmpty() ? SaveChoice.CANCEL : saveChoices.poll();
    }

    @Override
    public boolean confirm(String question) {
        questions.add(question);
        return Boolean.TRUE.equals(confirmations.poll());
    }

    public final List<String> documentsShown = new ArrayList<>();

    @Override
    public void showDocument(String linkOrPath) {
        documentsShown.add(linkOrPath);
    }

    @Override
    public Optional<String> askForText(String question, String initial) {
        questions.add(question);
        return Optional.ofNullable(texts.poll());
    }
}
