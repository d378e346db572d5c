package no.cxday.planner.cli;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** One JSON object on one line, as the commands print for scripts. */
final class JsonLine {

    interface Fields {
        void write(JsonWriter writer) throws IOException;
    }

    private JsonLine() {
    }

    static String of(Fields fields) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = new JsonWriter(text)) {
            writer.beginObject();
            fields.write(writer);
            writer.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** An amount as a plain JSON number ({@code 1500.5}), or null. */
    static void amount(JsonWriter writer, BigDecimal amount) throws IOException {
        if (amount == null) {
            writer.nullValue();
        } else {
            writer.jsonValue(amount.stripTrailingZeros().toPlainString());
        }
    }
}
