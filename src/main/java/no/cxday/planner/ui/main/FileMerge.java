package no.cxday.planner.ui.main;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.merge.MergePath;
import no.cxday.planner.merge.MergeResult;
import no.cxday.planner.merge.PlanMerge;
import no.cxday.planner.merge.Side;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.FileFingerprint;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanReader;
import no.cxday.planner.ui.DialogService;

/**
 * Merges the plan here with its file as another program saved it (docs/plan-format.md, "Three plans
 * merged"): the base is the plan as last opened or saved, mine the plan in the window, theirs the
 * file as it is now. Conflicts are put to the coordinator; the merged plan becomes one undoable
 * edit, and the file counts as holding theirs, so that the plan is unsaved exactly while it differs.
 */
final class FileMerge {

    private final PlanDocument document;
    private final DialogService dialogs;
    private final Messages messages;
    private final FileSafety safety;
    private final MergeWords words;

    FileMerge(PlanDocument document, DialogService dialogs, Messages messages, FileSafety safety) {
        this.document = document;
        this.dialogs = dialogs;
        this.messages = messages;
        this.safety = safety;
        this.words = new MergeWords(messages);
    }

    /**
     * Merges with the file; true when the window now shows the merged plan, false when the file
     * could not be read (said in one sentence) or the coordinator cancelled, and nothing changed.
     */
    boolean mergeWithFile() {
        Path file = document.file();
        if (file == null || document.isReadOnly() || document.savedPlan() == null) {
            return false;
        }
        // Seen before it is read: should it change in between, the next check finds it changed again.
        Optional<FileFingerprint> seen = safety.now(file);
        Plan theirs;
        try {
            theirs = PlanReader.read(file);
        } catch (PlanFileException e) {
            dialogs.showError(e.sentence(messages));
            return false;
        }
        Plan mine = document.plan();
        MergeResult result = PlanMerge.merge(document.savedPlan(), mine, theirs);
        String name = file.getFileName().toString();
        while (!result.isMerged()) {
            Optional<List<Side>> sides = dialogs.askToResolve(name, words.conflicts(result, mine, theirs));
            if (sides.isEmpty()) {
                return false;
            }
            Map<MergePath, Side> picked = new HashMap<>();
            for (int i = 0; i < sides.get().size(); i++) {
                picked.put(result.conflicts().get(i).path(), sides.get().get(i));
            }
            result = result.resolve(picked);
        }
        document.takeIn(theirs, messages.format("edit.merge", name), result.plan());
        seen.ifPresent(safety::remember);
        dialogs.showNotice(words.changes(result, mine, name));
        return true;
    }
}
