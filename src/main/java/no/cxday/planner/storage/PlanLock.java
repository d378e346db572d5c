package no.cxday.planner.storage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import no.cxday.planner.model.Problem;

/**
 * The lock file beside a plan open for editing, as docs/plan-format.md ("Beside the plan: the lock
 * file") has it: {@code .~lock.NAME#}, named as LibreOffice names its own, holding who has the plan
 * open, on which machine, in which process and since when. A folder where it cannot be written or
 * removed (read-only) is no error but an {@link Outcome} that says so.
 */
public final class PlanLock {

    /** A lock older than this is stale, wherever its process runs. */
    public static final Duration STALE_AFTER = Duration.ofHours(24);

    private static final int MAX_BYTES = 64 * 1024;
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    /** Who holds a lock: a person, on a machine, in a process, since a moment, with a program. */
    public record Holder(String user, String host, long pid, OffsetDateTime since, String program) {
    }

    public enum State {
        /** No lock beside the plan. */
        NONE,
        /** The lock is this process's own. */
        OURS,
        /** Someone else has the plan open. */
        FRESH,
        /** A lock that no longer counts: its process is gone, it is over a day old, or it cannot be read. */
        STALE
    }

    /** The lock beside a plan; {@code holder} is null when there is none or it cannot be read. */
    public record Status(State state, Holder holder) {
    }

    /** Whether the lock was written or removed, and if not, why. */
    public record Outcome(boolean done, Problem problem) {

        static final Outcome DONE = new Outcome(true, null);
    }

    /** Which processes run on this machine. */
    public interface Processes {

        /** The processes of this machine, as the operating system tells them. */
        Processes OF_THIS_MACHINE = (pid, since) -> ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(process -> process.info().startInstant().map(start -> !start.isAfter(since.plusSeconds(1)))
                        .orElse(true))
                .orElse(false);

        /**
         * True when process {@code pid} runs and started before {@code since}: a process that
         * started later only got the number of one that has ended (after a crash and a restart).
         */
        boolean runs(long pid, Instant since);
    }

    private final String host;
    private final long pid;
    private final Clock clock;
    private final Processes processes;

    public PlanLock(String host, long pid, Clock clock, Processes processes) {
        this.host = host;
        this.pid = pid;
        this.clock = clock;
        this.processes = processes;
    }

    /** The lock as this process on this machine writes and judges it. */
    public static PlanLock ofThisProcess(Clock clock) {
        return new PlanLock(thisHost(), ProcessHandle.current().pid(), clock, Processes.OF_THIS_MACHINE);
    }

    private static String thisHost() {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String name = System.getenv(variable);
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    /** {@code .~lock.NAME#} beside {@code NAME}. */
    public static Path fileOf(Path plan) {
        return plan.resolveSibling(".~lock." + plan.getFileName() + "#");
    }

    public Status status(Path plan) {
        Holder holder;
        try {
            holder = read(fileOf(plan));
        } catch (NoSuchFileException e) {
            return new Status(State.NONE, null);
        } catch (IOException | RuntimeException e) {
            return new Status(State.STALE, null);
        }
        boolean thisHost = holder.host().equalsIgnoreCase(host);
        if (thisHost && holder.pid() == pid) {
            return new Status(State.OURS, holder);
        }
        Instant since = holder.since().toInstant();
        boolean stale = Duration.between(since, clock.instant()).compareTo(STALE_AFTER) > 0
                || thisHost && !processes.runs(holder.pid(), since);
        return new Status(stale ? State.STALE : State.FRESH, holder);
    }

    /** Writes the lock of this process beside {@code plan}, atomically, over any lock there. */
    public Outcome write(Path plan, String user, String program) {
        Path lock = fileOf(plan);
        Holder holder = new Holder(user, host, pid, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                program);
        try {
            AtomicFile.removeLeftovers(lock);
            AtomicFile.write(lock, json(holder).getBytes(StandardCharsets.UTF_8), false);
            hide(lock);
            return Outcome.DONE;
        } catch (IOException e) {
            return new Outcome(false, IoProblems.of(e, "problem.saveFailed"));
        }
    }

    /** Hides the lock on Windows, where a dot does not, as LibreOffice hides its own; a visible lock harms nothing. */
    private static void hide(Path lock) {
        if (AtomicFile.WINDOWS) {
            try {
                Files.setAttribute(lock, "dos:hidden", true);
            } catch (IOException | UnsupportedOperationException e) {
                // Seen in the folder, but still a lock.
            }
        }
    }

    /** Removes the lock beside {@code plan} when it is this process's; someone else's is left. */
    public Outcome remove(Path plan) {
        if (status(plan).state() != State.OURS) {
            return Outcome.DONE;
        }
        try {
            Files.deleteIfExists(fileOf(plan));
            return Outcome.DONE;
        } catch (IOException e) {
            return new Outcome(false, IoProblems.of(e, "problem.saveFailed"));
        }
    }

    private static String json(Holder holder) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            json.beginObject();
            json.name("user").value(holder.user());
            json.name("host").value(holder.host());
            json.name("pid").value(holder.pid());
            json.name("since").value(SINCE.format(holder.since()));
            json.name("program").value(holder.program());
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The holder a lock file names; anything that is not such a lock throws. */
    private static Holder read(Path lock) throws IOException {
        if (!Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.notExists(lock, LinkOption.NOFOLLOW_LINKS)) {
                throw new NoSuchFileException(lock.toString());
            }
            throw new IOException("Not a lock file: " + lock);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(lock)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException("Too large for a lock file: " + lock);
        }
        JsonObject object = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
        JsonElement pid = object.get("pid");
        if (pid == null || !pid.isJsonPrimitive() || !pid.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("No pid");
        }
        return new Holder(text(object, "user"), text(object, "host"), pid.getAsBigDecimal().longValueExact(),
                OffsetDateTime.parse(text(object, "since")), text(object, "program"));
    }

    private static String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException("No text " + name);
        }
        return value.getAsString();
    }
}
