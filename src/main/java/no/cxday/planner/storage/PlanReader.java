package no.cxday.planner.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanRules;
import no.cxday.planner.model.Problem;

/**
 * Reads a plan file strictly: bounded in size and depth, valid UTF-8 (a byte-order mark is
 * tolerated), strict JSON, every field of docs/plan-format.md checked. It opens the file for reading
 * only, so reading never changes it.
 */
public final class PlanReader {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private PlanReader() {
    }

    public static Plan read(Path file) throws PlanFileException {
        try {
            return parse(readText(file));
        } catch (ProblemException e) {
            throw new PlanFileException(file, PlanFileException.Action.OPEN, e.problem());
        }
    }

    /** Reads plan JSON held in memory, for a plan that does not come from a file. */
    static Plan parse(String text) throws ProblemException {
        Plan plan = PlanJsonReader.read(StrictJson.parse(text));
        Problem problem = PlanRules.firstProblem(plan).orElse(null);
        if (problem != null) {
            throw new ProblemException(problem);
        }
        return plan;
    }

    private static String readText(Path file) throws ProblemException {
        if (Files.isDirectory(file)) {
            throw new ProblemException(new Problem("", "problem.isFolder"));
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(Files.size(file));
            }
            bytes = readAtMost(file, MAX_BYTES);
        } catch (IOException e) {
            throw new ProblemException(IoProblems.of(e, "problem.readFailed"));
        }
        return decodeUtf8(bytes);
    }

    /** Reads the file, stopping past {@code limit} bytes in case it grew since its size was taken. */
    private static byte[] readAtMost(Path file, long limit) throws IOException, ProblemException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(bytes.length);
            }
            return bytes;
        }
    }

    private static ProblemException tooLarge(long size) {
        String megabytes = String.format(Locale.ROOT, "%.1f", size / 1024.0 / 1024.0);
        return new ProblemException(new Problem("", "problem.tooLarge", megabytes, MAX_BYTES / 1024 / 1024));
    }

    /**
     * The JDK's own decoding is several times faster than a decoder that reports errors, but it puts
     * U+FFFD where the bytes are not UTF-8. So a text with no U+FFFD was valid, and only a text with
     * one (broken, or holding that character on purpose) is decoded again, strictly.
     */
    static String decodeUtf8(byte[] bytes) throws ProblemException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            return decodeStrictly(bytes);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decodeStrictly(byte[] bytes) throws ProblemException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new ProblemException(new Problem("", "problem.notUtf8", in.position()));
        }
        decoder.flush(out);
        out.flip();
        if (out.length() > 0 && out.charAt(0) == '\uFEFF') {
            out.position(1);
        }
        return out.toString();
    }
}
