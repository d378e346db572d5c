package no.cxday.planner.storage;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.cxday.planner.model.Problem;

/**
 * Parses JSON text the strict way docs/plan-format.md asks for: RFC 8259 only, one value, no name twice
 * in one object, and nesting bounded so that deep input is an error and never a stack overflow.
 * Numbers keep their text, so that a value is never silently rounded or retyped.
 */
final class StrictJson {

    static final int MAX_DEPTH = 64;

    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+) column (\\d+)");

    private StrictJson() {
    }

    static JsonElement parse(String text) throws ProblemException {
        if (text.isBlank()) {
            throw new ProblemException(new Problem("", "problem.emptyFile"));
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement root = read(reader, 1);
            requireEnd(reader);
            return root;
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new ProblemException(new Problem(pathOf(reader), "problem.invalidJson", position(e.getMessage())));
        }
    }

    /** Strict Gson throws on a second top-level value rather than returning it; either way it is refused. */
    private static void requireEnd(JsonReader reader) throws IOException, ProblemException {
        String where = reader.toString();
        boolean ended;
        try {
            ended = reader.peek() == JsonToken.END_DOCUMENT;
        } catch (MalformedJsonException e) {
            ended = false;
            where = e.getMessage();
        }
        if (!ended) {
            throw new ProblemException(new Problem("", "problem.trailingValue", position(where)));
        }
    }

    private static JsonElement read(JsonReader reader, int depth) throws IOException, ProblemException {
        JsonToken token = reader.peek();
        if ((token == JsonToken.BEGIN_OBJECT || token == JsonToken.BEGIN_ARRAY) && depth > MAX_DEPTH) {
            throw new ProblemException(new Problem(pathOf(reader), "problem.tooDeep", MAX_DEPTH));
        }
        switch (token) {
            case BEGIN_OBJECT:
                return readObject(reader, depth);
            case BEGIN_ARRAY:
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(reader, depth + 1));
                }
                reader.endArray();
                return array;
            case STRING:
                return new JsonPrimitive(reader.nextString());
            case NUMBER:
                return new JsonPrimitive(new LazilyParsedNumber(reader.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(reader.nextBoolean());
            case NULL:
                reader.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new MalformedJsonException("Unexpected " + token + reader);
        }
    }

    private static JsonObject readObject(JsonReader reader, int depth) throws IOException, ProblemException {
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
            String name = reader.nextName();
            if (object.has(name)) {
                throw new ProblemException(new Problem(pathOf(reader), "problem.duplicateName", name));
            }
            object.add(name, read(reader, depth + 1));
        }
        reader.endObject();
        return object;
    }

    /** Gson's path ({@code $.activities[3].end}) in the form docs/plan-format.md uses ({@code activities[3].end}). */
    private static String pathOf(JsonReader reader) {
        String path = reader.getPath();
        if (path.startsWith("$.")) {
            return path.substring(2);
        }
        return path.startsWith("$") ? path.substring(1) : path;
    }

    /** The line and column Gson names in its message, as two arguments of a problem. */
    private static Object[] position(String gsonMessage) {
        Matcher matcher = LINE_COLUMN.matcher(gsonMessage == null ? "" : gsonMessage);
        return matcher.find() ? new Object[] {matcher.group(1), matcher.group(2)} : new Object[] {"?", "?"};
    }
}
