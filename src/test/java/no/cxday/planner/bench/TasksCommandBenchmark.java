package no.cxday.planner.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import no.cxday.planner.cli.Cli;
import no.cxday.planner.storage.PlanWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code tasks --json} against {@code check} on the plan of 5,000 activities with three tasks on
 * each (15,000 tasks), warm, their output thrown away: the target is at most twice as long.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TasksCommandBenchmark {

    private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream(), false,
            StandardCharsets.UTF_8);

    private Path file;

    @Setup
    public void writeThePlan() throws IOException {
        file = Files.createTempFile("tasks", ".cxplan.json");
        Files.writeString(file, PlanWriter.toJson(LargePlans.withThreeTasksEach(5_000)), StandardCharsets.UTF_8);
    }

    @TearDown
    public void removeIt() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public int check() {
        return Cli.run(new String[] {"check", file.toString(), "--json"}, NOWHERE, NOWHERE);
    }

    @Benchmark
    public int tasksJson() {
        return Cli.run(new String[] {"tasks", file.toString(), "--json", "--today", "2026-09-30"}, NOWHERE, NOWHERE);
    }
}
