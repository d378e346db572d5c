package no.cxday.planner.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import no.cxday.planner.export.AgendaPdf;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
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

/** The printable agenda of 200 activities, warm (the font and the classes already loaded). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExportBenchmark {

    private final Messages messages = new Messages(Language.NB);
    private Plan plan;

    @Setup
    public void plan() {
        plan = LargePlans.of(200, 4);
    }

    @Benchmark
    public byte[] agendaListOfTwoHundredActivities() throws IOException {
        return AgendaPdf.render(plan, new AgendaPdf.Options(AgendaPdf.Layout.LIST, false, true), messages);
    }

    @Benchmark
    public byte[] agendaGridOfTwoHundredActivities() throws IOException {
        return AgendaPdf.render(plan, new AgendaPdf.Options(AgendaPdf.Layout.GRID, true, false), messages);
    }
}
