package no.cxday.planner.storage;

import java.nio.file.Path;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Problem;

/** A plan file that could not be opened or saved, told in one sentence that names the file. */
public final class PlanFileException extends Exception {

    /** What was being done with the file. */
    public enum Action {
        OPEN("error.open"),
        SAVE("error.save");

        private final String key;

        Action(String key) {
            this.key = key;
        }
    }

    private final transient Path file;
    private final Action action;
    private final transient Problem problem;

    public PlanFileException(Path file, Action action, Problem problem) {
        super(action + " " + file + ": " + problem.path() + " " + problem.key(), null, false, false);
        this.file = file;
        this.action = action;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public Action action() {
        return action;
    }

    public Problem problem() {
        return problem;
    }

    /** "Could not open «plan.cxplan.json»: activities[3].end: the end 09:00 is not after the start 09:15." */
    public String sentence(Messages messages) {
        return messages.format(action.key, file, messages.describe(problem));
    }

    @Override
    public String getMessage() {
        return sentence(new Messages(Language.EN));
    }
}
