package no.cxday.planner.storage;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The plan files the tests start from, kept under src/test/resources/plans. */
public final class PlanFixtures {

    private PlanFixtures() {
    }

    public static String text(String name) {
        try (InputStream in = PlanFixtures.class.getResourceAsStream("/plans/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example plan of docs/plan-format.md, as a JSON tree a test may change. */
    public static JsonObject example() {
        return JsonParser.parseString(text("example.cxplan.json")).getAsJsonObject();
    }
}
