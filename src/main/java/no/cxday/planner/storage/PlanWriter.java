package no.cxday.planner.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Problem;
import no.cxday.planner.model.TaskIds;

/** Saves plans as docs/plan-format.md asks: UTF-8 JSON without a byte-order mark, written atomically. */
public final class PlanWriter {

    private PlanWriter() {
    }

    /** The plan as it is, tasks without an id included: for a copy that is not the plan's own file. */
    public static String toJson(Plan plan) {
        return PlanJsonWriter.write(plan);
    }

    /**
     * Saves the plan over {@code file}, keeping the old content as {@code NAME.bak}, and gives each
     * task without an id one ({@link TaskIds}). A plan that a newer program wrote is never written
     * back, and a failed save leaves the old file as it was.
     *
     * @return the plan as saved, with the ids given: keep it, so that the ids stay the same
     */
    public static Plan save(Plan plan, Path file) throws PlanFileException {
        if (plan.isFromNewerVersion()) {
            throw new PlanFileException(file, PlanFileException.Action.SAVE,
                    new Problem("", "problem.newerVersion", plan.schemaVersion(), Plan.SCHEMA_VERSION));
        }
        Plan saved = TaskIds.given(plan);
        try {
            AtomicFile.write(file, toJson(saved).getBytes(StandardCharsets.UTF_8));
            return saved;
        } catch (IOException e) {
            throw new PlanFileException(file, PlanFileException.Action.SAVE, IoProblems.of(e, "problem.saveFailed"));
        }
    }
}
