package no.cxday.planner.bench;

import java.util.concurrent.TimeUnit;
import no.cxday.planner.merge.MergeResult;
import no.cxday.planner.merge.PlanMerge;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Merging three versions of the plan of 5,000 activities in 20 lanes: mine retitles 100 activities,
 * theirs moves 100 others and retitles 10 of mine's differently (10 conflicts).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MergeBenchmark {

    private Plan base;
    private Plan mine;
    private Plan theirs;

    @Setup
    public void threeVersions() {
        base = LargePlans.of(5000, 20);
        mine = base;
        theirs = base;
        for (int i = 0; i < 5000; i += 50) {
            mine = retitled(mine, "a-" + i, "Mitt " + i);
            theirs = PlanEdits.update(theirs, "a-" + (i + 25), a -> a.placed(a.laneId(), a.start().plusMinutes(15),
                    a.end().plusMinutes(15)));
        }
        for (int i = 0; i < 500; i += 50) {
            theirs = retitled(theirs, "a-" + i, "Deres " + i);
        }
        MergeResult result = PlanMerge.merge(base, mine, theirs);
        System.out.printf("%nMergeBenchmark: %d conflicts, %d changes from mine, %d from theirs%n",
                result.conflicts().size(), result.fromMine(), result.fromTheirs());
    }

    private static Plan retitled(Plan plan, String id, String title) {
        return PlanEdits.update(plan, id, a -> a.withDetails(title, a.pillars(), a.responsible(), a.location(),
                a.notes(), a.tasks()));
    }

    @Benchmark
    public MergeResult mergeThreeVersions() {
        return PlanMerge.merge(base, mine, theirs);
    }
}
