package no.cxday.planner.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Problem;

/** Saves plans as docs/plan-format.md asks: UTF-8 JSON without a byte-order mark, written atomically. */
public final class PlanWriter {

    private PlanWriter() {
    }

    public static String toJson(Plan plan) {
        return PlanJsonWriter.write(plan);
    }

    /**
     * Saves the plan over {@code file}, keeping the old content as {@code NAME.bak}. A plan that a
     * newer program wrote is never written back, and a failed save leaves the old file as it was.
     */
    public static void save(Plan plan, Path file) throws PlanFileException {
        if (plan.isFromNewerVersion()) {
            throw new PlanFileException(file, PlanFileException.Action.SAVE,
                    new Problem("", "problem.newerVersion", plan.schemaVersion(), Plan.SCHEMA_VERSION));
        }
        try {
            AtomicFile.write(file, toJson(plan).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PlanFileException(file, PlanFileException.Action.SAVE, IoProblems.of(e, "problem.saveFailed"));
        }
    }
}
