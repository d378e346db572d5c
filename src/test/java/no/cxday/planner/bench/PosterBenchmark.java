package no.cxday.planner.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.cli.Cli;
import no.cxday.planner.export.Announcement;
import no.cxday.planner.export.PosterPdf;
import no.cxday.planner.i18n.Language;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.CarryOver;
import no.cxday.planner.model.Communication;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Plan;
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
 * Telling the organisation, warm: the poster (A3, with a QR code) and the announcement of a plan of
 * 200 activities; and the {@code history} command on a plan of 200 activities carried over 20
 * times (20 years of history), against {@code check} on the same file. Both commands read the file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PosterBenchmark {

    private final Messages messages = new Messages(Language.NB);
    private final Catalogue catalogue = Catalogue.load();
    private final PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    private Plan plan;
    private Path twentyYears;

    @Setup
    public void plans() throws IOException {
        plan = LargePlans.of(200, 4).withCommunication(new Communication("Velkommen til CX-dagen! Ta med en kollega.",
                "https://intranett.example.org/cx-dagen-2026", Extras.NONE));
        Plan carried = LargePlans.of(200, 4);
        for (int year = 2027; year <= 2046; year++) {
            carried = CarryOver.toYear(carried, year, false);
        }
        twentyYears = Files.createTempFile("twenty-years", ".cxplan.json");
        Files.writeString(twentyYears, PlanWriter.toJson(carried), StandardCharsets.UTF_8);
        System.out.printf("%nPosterBenchmark: %d years of history, %.1f kB%n", carried.history().size(),
                Files.size(twentyYears) / 1e3);
    }

    @TearDown
    public void removeIt() throws IOException {
        Files.deleteIfExists(twentyYears);
    }

    @Benchmark
    public byte[] posterOfTwoHundredActivities() throws IOException {
        return PosterPdf.render(plan, PosterPdf.Paper.A3, messages);
    }

    @Benchmark
    public Announcement announcementOfTwoHundredActivities() {
        return Announcement.of(plan, catalogue, messages);
    }

    @Benchmark
    public int historyOfTwentyYears() {
        return Cli.run(new String[] {"history", twentyYears.toString(), "--json"}, nowhere, nowhere);
    }

    @Benchmark
    public int checkOfTheSamePlan() {
        return Cli.run(new String[] {"check", "--json", twentyYears.toString()}, nowhere, nowhere);
    }
}
