package no.cxday.planner.reliability;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Makes broken plan files from valid ones, repeatably from a seed: bytes flipped, cut off, deleted
 * or repeated; values of the wrong type; numbers out of range or huge; huge strings; nesting
 * thousands deep; invalid UTF-8; names twice; a byte-order mark.
 */
final class PlanMutator {

    private static final List<String> VALUES = List.of("null", "true", "\"2\"", "-1", "4", "1e400", "9999999999999",
            "[]", "{}", "\"\"", "\"2026-13-45\"", "\"25:99\"", "0.5", "NaN", "\"x\"");

    private final Random random;

    PlanMutator(long seed) {
        random = new Random(seed);
    }

    byte[] mutate(byte[] plan) {
        if (plan.length < 8) {
            return concat(plan, new byte[] {(byte) random.nextInt(256)});
        }
        return switch (random.nextInt(12)) {
            case 0 -> flipBytes(plan);
            case 1 -> Arrays.copyOf(plan, random.nextInt(plan.length));
            case 2 -> deleteRange(plan);
            case 3 -> repeatRange(plan);
            case 4 -> replaceValue(plan);
            case 5 -> text(new String(plan, StandardCharsets.UTF_8).replaceFirst("\"title\": \"[^\"]*\"",
                    "\"title\": \"" + "🎉x".repeat(random.nextInt(20_000)) + "\""));
            case 6 -> nested(plan);
            case 7 -> invalidUtf8(plan);
            case 8 -> text(new String(plan, StandardCharsets.UTF_8).replaceFirst("\"id\": ", "\"id\": \"dup\", \"id\": "));
            case 9 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plan);
            case 10 -> text(new String(plan, StandardCharsets.UTF_8).replaceFirst("\"laering\": \\d",
                    "\"laering\": " + "9".repeat(1 + random.nextInt(400))));
            default -> mutate(mutate(plan));
        };
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] flipBytes(byte[] plan) {
        byte[] copy = plan.clone();
        for (int i = 0, n = 1 + random.nextInt(8); i < n && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private byte[] deleteRange(byte[] plan) {
        int from = random.nextInt(plan.length);
        int to = Math.min(plan.length, from + 1 + random.nextInt(200));
        return concat(Arrays.copyOfRange(plan, 0, from), Arrays.copyOfRange(plan, to, plan.length));
    }

    private byte[] repeatRange(byte[] plan) {
        int from = random.nextInt(plan.length);
        int to = Math.min(plan.length, from + 1 + random.nextInt(200));
        byte[] range = Arrays.copyOfRange(plan, from, to);
        return concat(concat(Arrays.copyOfRange(plan, 0, to), range), Arrays.copyOfRange(plan, to, plan.length));
    }

    /** Puts a value of another type or range after a random name. */
    private byte[] replaceValue(byte[] plan) {
        String text = new String(plan, StandardCharsets.UTF_8);
        int colon = text.indexOf(": ", random.nextInt(text.length()));
        if (colon < 0 || colon + 2 >= text.length()) {
            return plan;
        }
        int end = colon + 2;
        if (text.charAt(end) == '"') {
            int close = text.indexOf('"', end + 1);
            end = close < 0 ? text.length() : close + 1;
        } else {
            while (end < text.length() && ",}\n]".indexOf(text.charAt(end)) < 0) {
                end++;
            }
        }
        return text(text.substring(0, colon + 2) + VALUES.get(random.nextInt(VALUES.size())) + text.substring(end));
    }

    private byte[] nested(byte[] plan) {
        int depth = 1 + random.nextInt(5000);
        String text = new String(plan, StandardCharsets.UTF_8);
        String deep = (random.nextBoolean() ? "[" : "{\"a\":").repeat(depth);
        return text(text.replaceFirst("\"customIdeas\": \\[\\]", "\"customIdeas\": []" + ", \"deep\": "
                + deep.replace("\\", "") + "1" + (deep.startsWith("[") ? "]" : "}").repeat(depth)));
    }

    private byte[] invalidUtf8(byte[] plan) {
        byte[] copy = plan.clone();
        byte[][] bad = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0x80}};
        byte[] chosen = bad[random.nextInt(bad.length)];
        int at = random.nextInt(copy.length - chosen.length);
        System.arraycopy(chosen, 0, copy, at, chosen.length);
        return copy;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
