package no.cxday.planner.storage;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Problem;
import no.cxday.planner.model.Term;

/**
 * Reads the fields of one JSON object by type, naming the JSON path of whatever is wrong, and
 * remembers which names it read so that the rest is kept as unknown fields.
 */
final class JsonFields {

    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final JsonObject object;
    private final JsonPath path;
    private final Set<String> read = new HashSet<>();
    /** Made only when an optional field is missing, as most objects miss none. */
    private Set<String> omitted;
    private int presentRead;

    private JsonFields(JsonObject object, JsonPath path) {
        this.object = object;
        this.path = path;
    }

    static JsonFields of(JsonElement element, JsonPath path) throws ProblemException {
        if (!element.isJsonObject()) {
            throw wrongType(path, "json.object", element);
        }
        return new JsonFields(element.getAsJsonObject(), path);
    }

    JsonPath pathOf(String name) {
        return path.field(name);
    }

    /** The field's value, or null when it is missing; a missing required field is an error. */
    private JsonElement value(String name, boolean required) throws ProblemException {
        JsonElement value = object.get(name);
        if (value == null) {
            if (required) {
                throw new ProblemException(new Problem(pathOf(name).toString(), "problem.missing"));
            }
            if (omitted == null) {
                omitted = new LinkedHashSet<>();
            }
            omitted.add(name);
        } else if (read.add(name)) {
            presentRead++;
        }
        return value;
    }

    String string(String name) throws ProblemException {
        return asString(value(name, true), pathOf(name));
    }

    /** An optional text, read as "" when missing. */
    String optionalString(String name) throws ProblemException {
        JsonElement value = value(name, false);
        return value == null ? "" : asString(value, pathOf(name));
    }

    /** An optional text with its own default for when it is missing. */
    String optionalString(String name, String defaultValue) throws ProblemException {
        JsonElement value = value(name, false);
        return value == null ? defaultValue : asString(value, pathOf(name));
    }

    /**
     * A text that only some objects have yet: null when missing, never null in the file. It is not
     * recorded as left out, as there is no default to leave out: once it has a value, it is written.
     */
    String stringOrNull(String name) throws ProblemException {
        JsonElement value = object.get(name);
        if (value == null) {
            return null;
        }
        if (read.add(name)) {
            presentRead++;
        }
        return asString(value, pathOf(name));
    }

    /** How one kind of value is read, with the path that names it in an error. */
    private interface Reading<T> {
        T read(JsonElement value, JsonPath at) throws ProblemException;
    }

    /** An optional value that may also be null: missing or null give null. */
    private <T> T nullable(String name, Reading<T> reading) throws ProblemException {
        JsonElement value = value(name, false);
        return value == null || value.isJsonNull() ? null : reading.read(value, pathOf(name));
    }

    /** An optional text that may also be null. */
    String nullableString(String name) throws ProblemException {
        return nullable(name, JsonFields::asString);
    }

    int integer(String name) throws ProblemException {
        return asInt(value(name, true), pathOf(name));
    }

    Integer nullableInteger(String name) throws ProblemException {
        return nullable(name, JsonFields::asInt);
    }

    double number(String name) throws ProblemException {
        return asNumber(value(name, true), pathOf(name));
    }

    Double nullableNumber(String name) throws ProblemException {
        return nullable(name, JsonFields::asNumber);
    }

    /** A number exactly as the file wrote it, for amounts of money. */
    BigDecimal decimal(String name) throws ProblemException {
        return asDecimal(value(name, true), pathOf(name));
    }

    BigDecimal nullableDecimal(String name) throws ProblemException {
        return nullable(name, JsonFields::asDecimal);
    }

    boolean bool(String name) throws ProblemException {
        return asBoolean(value(name, true), pathOf(name));
    }

    boolean optionalBool(String name) throws ProblemException {
        JsonElement value = value(name, false);
        return value != null && asBoolean(value, pathOf(name));
    }

    LocalDate date(String name) throws ProblemException {
        return parse(string(name), pathOf(name), "json.date", IsoTimes::date);
    }

    LocalDate nullableDate(String name) throws ProblemException {
        String text = nullableString(name);
        return text == null ? null : parse(text, pathOf(name), "json.date", IsoTimes::date);
    }

    LocalTime time(String name) throws ProblemException {
        return parse(string(name), pathOf(name), "json.time", IsoTimes::time);
    }

    LocalDateTime dateTime(String name) throws ProblemException {
        return parse(string(name), pathOf(name), "json.dateTime", IsoTimes::dateTime);
    }

    /** A nested object, or null when the optional field is missing or null. */
    JsonFields nullableObject(String name, boolean required) throws ProblemException {
        JsonElement value = value(name, required);
        return value == null || value.isJsonNull() ? null : of(value, pathOf(name));
    }

    JsonFields object(String name) throws ProblemException {
        return of(value(name, true), pathOf(name));
    }

    interface ElementReader<T> {
        T read(JsonElement element, JsonPath path) throws ProblemException;
    }

    /** A list; a missing optional list reads as empty. */
    <T> List<T> list(String name, boolean required, ElementReader<T> reader) throws ProblemException {
        JsonElement value = value(name, required);
        if (value == null) {
            return List.of();
        }
        JsonPath at = pathOf(name);
        if (!value.isJsonArray()) {
            throw wrongType(at, "json.array", value);
        }
        JsonArray array = value.getAsJsonArray();
        List<T> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            items.add(reader.read(array.get(i), at.element(i)));
        }
        return items;
    }

    /** Every field of this object as a map, for objects keyed by id. */
    <T> Map<String, T> map(ElementReader<T> reader) throws ProblemException {
        Map<String, T> items = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            if (read.add(entry.getKey())) {
                presentRead++;
            }
            items.put(entry.getKey(), reader.read(entry.getValue(), pathOf(entry.getKey())));
        }
        return items;
    }

    /** The fields not read, kept as raw JSON, and the optional fields that were missing. */
    Extras extras() {
        if (presentRead == object.size() && omitted == null) {
            return Extras.NONE;
        }
        Map<String, String> unknown = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            if (!read.contains(entry.getKey())) {
                unknown.put(entry.getKey(), entry.getValue().toString());
            }
        }
        return new Extras(unknown, omitted == null ? Set.of() : omitted);
    }

    static String asString(JsonElement value, JsonPath at) throws ProblemException {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return value.getAsString();
        }
        throw wrongType(at, "json.string", value);
    }

    private static int asInt(JsonElement value, JsonPath at) throws ProblemException {
        BigDecimal number = bigDecimal(value, at, "json.integer");
        boolean whole = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        if (!whole || number.compareTo(INT_MIN) < 0 || number.compareTo(INT_MAX) > 0) {
            throw new ProblemException(new Problem(at.toString(), "problem.notWholeNumber", value.toString()));
        }
        return number.intValueExact();
    }

    private static double asNumber(JsonElement value, JsonPath at) throws ProblemException {
        return finite(bigDecimal(value, at, "json.number"), value, at).doubleValue();
    }

    private static BigDecimal asDecimal(JsonElement value, JsonPath at) throws ProblemException {
        return finite(bigDecimal(value, at, "json.number"), value, at);
    }

    /** A number that a double can hold, so that every number field has the same limit. */
    private static BigDecimal finite(BigDecimal number, JsonElement value, JsonPath at) throws ProblemException {
        if (Double.isInfinite(number.doubleValue())) {
            throw new ProblemException(new Problem(at.toString(), "problem.numberTooLarge", value.toString()));
        }
        return number;
    }

    private static BigDecimal bigDecimal(JsonElement value, JsonPath at, String expected) throws ProblemException {
        if (!(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber())) {
            throw wrongType(at, expected, value);
        }
        try {
            return new BigDecimal(value.getAsString());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ProblemException(new Problem(at.toString(), "problem.numberTooLarge", value.toString()));
        }
    }

    private static boolean asBoolean(JsonElement value, JsonPath at) throws ProblemException {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
            return value.getAsBoolean();
        }
        throw wrongType(at, "json.boolean", value);
    }

    private static <T> T parse(String text, JsonPath at, String expected, Function<String, T> parser)
            throws ProblemException {
        try {
            return parser.apply(text);
        } catch (DateTimeException e) {
            throw new ProblemException(new Problem(at.toString(), "problem.badFormat", text, new Term(expected)));
        }
    }

    static ProblemException wrongType(JsonPath at, String expected, JsonElement found) {
        return new ProblemException(new Problem(at.toString(), "problem.wrongType", new Term(expected),
                new Term(typeKey(found))));
    }

    private static String typeKey(JsonElement element) {
        if (element.isJsonObject()) {
            return "json.object";
        }
        if (element.isJsonArray()) {
            return "json.array";
        }
        if (element.isJsonNull()) {
            return "json.null";
        }
        JsonPrimitive primitive = element.getAsJsonPrimitive();
        if (primitive.isBoolean()) {
            return "json.boolean";
        }
        return primitive.isNumber() ? "json.number" : "json.string";
    }
}
