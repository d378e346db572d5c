package no.cxday.planner.bench;

import java.util.concurrent.TimeUnit;
import no.cxday.planner.model.Balance;
import no.cxday.planner.model.Plan;
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

/** Recomputing the balance of 5,000 activities, as every change to the plan does. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BalanceBenchmark {

    private Plan plan;

    @Setup
    public void plan() {
        plan = LargePlans.of(5000, 20);
    }

    @Benchmark
    public int balanceOfFiveThousandActivities() {
        return Balance.of(plan).score();
    }
}
