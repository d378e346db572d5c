package no.cxday.planner.storage;

import no.cxday.planner.model.Problem;

/** Thrown inside the reader to stop at the first problem found; turned into a {@link PlanFileException}. */
final class ProblemException extends Exception {

    private final transient Problem problem;

    ProblemException(Problem problem) {
        super(problem.key(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
