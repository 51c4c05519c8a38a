package org.minping.core.recompute;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.minping.core.scoring.ScoringException;

/**
 * One JSON object of an input document read field by field: every value is checked for presence,
 * kind and range as it is taken, and every failure is an {@link InvalidScoringInput} naming the
 * field's path, so no runtime message about casts, nulls or rounding ever reaches a reader.
 */
final class Fields {

    private final JsonObject json;
    private final String path;

    private Fields(JsonObject json, String path) {
        this.json = json;
        this.path = path;
    }

    static Fields of(JsonObject document) {
        return new Fields(document, "");
    }

    String path() {
        return path;
    }

    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    InvalidScoringInput invalid(String name, String problem) {
        return new InvalidScoringInput(path(name), problem);
    }

    InvalidScoringInput invalid(String problem) {
        return new InvalidScoringInput(path, problem);
    }

    boolean has(String name) {
        return json.containsKey(name);
    }

    boolean isNull(String name) {
        return value(name).getValueType() == JsonValue.ValueType.NULL;
    }

    Fields object(String name) {
        return new Fields(as(value(name), JsonValue.ValueType.OBJECT, path(name)).asJsonObject(), path(name));
    }

    /** The elements of an array of objects, each at {@code name[i]}. */
    List<Fields> objects(String name) {
        JsonArray array = array(name);
        List<Fields> list = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String at = path(name) + "[" + i + "]";
            list.add(new Fields(as(array.get(i), JsonValue.ValueType.OBJECT, at).asJsonObject(), at));
        }
        return list;
    }

    JsonArray array(String name) {
        return as(value(name), JsonValue.ValueType.ARRAY, path(name)).asJsonArray();
    }

    /** The object's members, in document order; each value at {@code name.key}. */
    Map<String, JsonValue> members() {
        return new LinkedHashMap<>(json);
    }

    String string(String name) {
        return text(value(name), path(name));
    }

    /** A text, or null where the document has null. */
    String nullableString(String name) {
        JsonValue value = value(name);
        return value.getValueType() == JsonValue.ValueType.NULL ? null : text(value, path(name));
    }

    double number(String name) {
        return number(value(name), path(name));
    }

    int integer(String name, long min, long max) {
        return (int) whole(value(name), path(name), Math.max(min, Integer.MIN_VALUE), Math.min(max, Integer.MAX_VALUE));
    }

    long whole(String name, long min, long max) {
        return whole(value(name), path(name), min, max);
    }

    <E extends Enum<E>> E constant(String name, Class<E> type) {
        return constant(string(name), path(name), type);
    }

    /** Builds a value of the engine from fields read here; what the engine refuses is named at this object. */
    <T> T build(Supplier<T> value) {
        return build(path, value);
    }

    /** Builds a value of the engine; what the engine refuses is named at {@code at}, or at its field there. */
    static <T> T build(String at, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidScoringInput e) {
            throw e;
        } catch (ScoringException e) {
            throw new InvalidScoringInput(e.field().map(field -> at.isEmpty() ? field : at + "." + field).orElse(at),
                    e.getMessage());
        }
    }

    static String text(JsonValue value, String at) {
        return ((JsonString) as(value, JsonValue.ValueType.STRING, at)).getString();
    }

    /** A finite number: JSON can write numbers too large for a double (1e309), which arrive as infinity. */
    static double number(JsonValue value, String at) {
        JsonNumber number = (JsonNumber) as(value, JsonValue.ValueType.NUMBER, at);
        double result = number.doubleValue();
        if (!Double.isFinite(result)) {
            throw new InvalidScoringInput(at, "must be a finite number, not " + number);
        }
        return result;
    }

    static long whole(JsonValue value, String at, long min, long max) {
        JsonNumber number = (JsonNumber) as(value, JsonValue.ValueType.NUMBER, at);
        BigDecimal exact = number.bigDecimalValue();
        String range = "must be a whole number from " + min + " to " + max + ", not " + number;
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            throw new InvalidScoringInput(at, range);
        }
        // Compared before it is converted: a number past the range must not wrap around.
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidScoringInput(at, range);
        }
        return exact.longValue();
    }

    static <E extends Enum<E>> E constant(String text, String at, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new InvalidScoringInput(at, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not \"" + text + "\"");
    }

    private JsonValue value(String name) {
        JsonValue value = json.get(name);
        if (value == null) {
            throw invalid(name, "is required");
        }
        return value;
    }

    private static JsonValue as(JsonValue value, JsonValue.ValueType type, String at) {
        if (value.getValueType() != type) {
            throw new InvalidScoringInput(at, "must be " + kind(type) + ", not " + kind(value.getValueType()));
        }
        return value;
    }

    private static String kind(JsonValue.ValueType type) {
        return switch (type) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a text";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "true or false";
            case NULL -> "null";
        };
    }
}
