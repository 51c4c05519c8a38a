package org.minping.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonConfig;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.minping.core.appraisal.AppraisalSubmission;
import org.minping.core.appraisal.Channel;
import org.minping.core.shared.FieldError;

/**
 * Reads the JSON body of POST /api/v1/appraisals into a submission. Shape problems (not JSON, a
 * string where a number belongs, an unknown channel) are reported per field as a malformed request;
 * rule checks (levels in range, known agency) are the core's business. Fields the API does not
 * define, such as {@code status} or {@code weight}, are ignored: they can never be assigned.
 */
final class AppraisalRequestParser {

    private static final Set<Channel> API_CHANNELS = Set.of(Channel.API, Channel.APP, Channel.KIOSK, Channel.HOTLINE);

    private AppraisalRequestParser() {
    }

    static AppraisalSubmission parse(String body) {
        JsonObject json = readObject(body);
        List<FieldError> errors = new ArrayList<>();
        String agencyCode = string(json, "agencyCode", errors);
        String serviceCode = string(json, "serviceCode", errors);
        String caseNumber = string(json, "caseNumber", errors);
        String caseCode = string(json, "caseCode", errors);
        String hall = string(json, "hall", errors);
        Channel channel = channel(json, errors);
        Integer overall = integer(json, "overall", "overall", errors);
        Map<String, Integer> ratings = ratings(json, errors);
        String comment = string(json, "comment", errors);
        boolean complaint = false;
        JsonValue flag = json.get("complaint");
        if (flag == JsonValue.TRUE) {
            complaint = true;
        } else if (flag != null && flag != JsonValue.FALSE && flag != JsonValue.NULL) {
            errors.add(typeError("complaint", "true or false"));
        }
        String region = null;
        String ageBand = null;
        JsonValue respondent = json.get("respondent");
        if (respondent instanceof JsonObject attributes) {
            region = string(attributes, "region", "respondent.region", errors);
            ageBand = string(attributes, "ageBand", "respondent.ageBand", errors);
        } else if (respondent != null && respondent != JsonValue.NULL) {
            errors.add(typeError("respondent", "an object"));
        }
        if (!errors.isEmpty()) {
            throw new MalformedRequestException("some fields have the wrong JSON type", errors);
        }
        return new AppraisalSubmission(agencyCode, serviceCode, caseNumber, channel, overall, ratings, comment,
                region, ageBand, complaint, caseCode, hall);
    }

    /** The statement of an appeal: {"statement": "..."}. */
    static String statement(String body) {
        JsonObject json = readObject(body);
        List<FieldError> errors = new ArrayList<>();
        String statement = string(json, "statement", errors);
        if (!errors.isEmpty()) {
            throw new MalformedRequestException("some fields have the wrong JSON type", errors);
        }
        return statement;
    }

    /**
     * Reads one JSON object strictly: a key given twice is refused (which of two ratings would count
     * is not for the server to guess), and so are nesting deeper than any request needs and numbers
     * longer than any level or score, before the reader spends work on them.
     */
    static JsonObject readObject(String body) {
        if (body == null || body.isBlank()) {
            throw new MalformedRequestException("the request body is empty; send a JSON object",
                    List.of(new FieldError("body", "required", "the request body must be a JSON object")));
        }
        requireShallowAndShortNumbers(body);
        try (JsonReader reader = STRICT.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject object)) {
                throw new MalformedRequestException("the request body must be a JSON object",
                        List.of(new FieldError("body", "json.type", "the request body must be a JSON object")));
            }
            return object;
        } catch (JsonException | UnsupportedOperationException | ArithmeticException e) {
            if (readsWithDuplicateKeys(body)) {
                throw new MalformedRequestException("a key appears twice in one JSON object",
                        List.of(new FieldError("body", "json.duplicate-key", "each key may appear once in a JSON object")));
            }
            throw new MalformedRequestException("the request body is not valid JSON",
                    List.of(new FieldError("body", "json.syntax", "the request body is not valid JSON")));
        }
    }

    private static final int MAX_DEPTH = 8;
    private static final int MAX_NUMBER_LENGTH = 32;
    private static final JsonReaderFactory STRICT = Json.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    /**
     * One pass over the text outside strings: nesting depth and the length of number literals.
     * Requests of this API nest three levels at most and carry small numbers.
     */
    private static void requireShallowAndShortNumbers(String body) {
        int depth = 0;
        int numberLength = 0;
        boolean inString = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            boolean numberChar = (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
            numberLength = numberChar ? numberLength + 1 : 0;
            if (numberLength > MAX_NUMBER_LENGTH) {
                throw new MalformedRequestException("a number in the request body is too long",
                        List.of(new FieldError("body", "json.number", "numbers may have at most " + MAX_NUMBER_LENGTH + " characters",
                                MAX_NUMBER_LENGTH)));
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    throw new MalformedRequestException("the request body is nested too deeply",
                            List.of(new FieldError("body", "json.depth", "JSON may be nested at most " + MAX_DEPTH + " levels", MAX_DEPTH)));
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
    }

    private static boolean readsWithDuplicateKeys(String body) {
        try (JsonReader lenient = Json.createReader(new StringReader(body))) {
            lenient.readValue();
            return true;
        } catch (JsonException | UnsupportedOperationException | ArithmeticException stillInvalid) {
            return false;
        }
    }

    static String string(JsonObject json, String name, List<FieldError> errors) {
        return string(json, name, name, errors);
    }

    private static String string(JsonObject json, String name, String field, List<FieldError> errors) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        errors.add(typeError(field, "a string"));
        return null;
    }

    private static Integer integer(JsonObject json, String name, String field, List<FieldError> errors) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException tooLarge) {
                // An integer beyond int range is still an integer: let the range check name it.
                return Integer.MAX_VALUE;
            }
        }
        errors.add(typeError(field, "an integer level from 1 to 5"));
        return null;
    }

    private static Channel channel(JsonObject json, List<FieldError> errors) {
        String name = string(json, "channel", errors);
        if (name == null) {
            return Channel.API;
        }
        try {
            Channel channel = Channel.valueOf(name.toUpperCase(Locale.ROOT));
            if (API_CHANNELS.contains(channel)) {
                return channel;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        errors.add(new FieldError("channel", "channel.unknown", "channel must be one of API, APP, KIOSK, HOTLINE"));
        return null;
    }

    private static Map<String, Integer> ratings(JsonObject json, List<FieldError> errors) {
        JsonValue value = json.get("ratings");
        if (value == null || value == JsonValue.NULL) {
            return Map.of();
        }
        if (!(value instanceof JsonObject object)) {
            errors.add(typeError("ratings", "an object mapping indicator codes to levels"));
            return Map.of();
        }
        Map<String, Integer> ratings = new LinkedHashMap<>();
        object.keySet().forEach(code -> {
            Integer level = integer(object, code, "ratings." + code, errors);
            if (level != null) {
                ratings.put(code, level);
            } else if (object.get(code) == JsonValue.NULL) {
                errors.add(typeError("ratings." + code, "an integer level from 1 to 5"));
            }
        });
        return ratings;
    }

    private static FieldError typeError(String field, String expected) {
        return new FieldError(field, "json.type", field + " must be " + expected, field);
    }
}
