package no.cxday.planner.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import no.cxday.planner.model.Plan;
import no.cxday.planner.storage.PlanFileException;
import no.cxday.planner.storage.PlanReader;
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
 * Opening and saving a plan of 5,000 activities in 20 lanes over 31 days, against Gson alone doing
 * the same bytes (parse into a JsonElement; write a JsonElement). Both sides read the file from disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanFileBenchmark {

    private Path file;
    private Plan plan;
    private JsonElement tree;

    @Setup
    public void writeTheLargePlan() throws IOException {
        plan = LargePlans.of(5000, 20);
        file = Files.createTempFile("large", ".cxplan.json");
        Files.writeString(file, PlanWriter.toJson(plan), StandardCharsets.UTF_8);
        tree = JsonParser.parseString(Files.readString(file));
        System.out.printf("%nPlanFileBenchmark: the plan file is %.1f MB%n", Files.size(file) / 1e6);
    }

    @TearDown
    public void removeIt() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Plan readValidateAndBuildThePlan() throws PlanFileException {
        return PlanReader.read(file);
    }

    @Benchmark
    public JsonElement gsonParseAlone() throws IOException {
        return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Benchmark
    public String writeThePlan() {
        return PlanWriter.toJson(plan);
    }

    @Benchmark
    public String gsonWriteAlone() {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(tree);
    }
}
