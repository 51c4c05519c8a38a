package org.minping.core.recompute;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the file the command line is given into one JSON object, keeping track of where it is, so
 * that text that is not JSON (NaN, a file cut short) is reported at its line, column and field.
 */
final class InputDocument {

    /** Far deeper than any input document; it keeps a hostile file from exhausting the stack. */
    static final int MAX_DEPTH = 64;

    private final JsonParser parser;
    private final String file;

    private InputDocument(JsonParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    /** @throws InvalidScoringInput naming the file, and where it can the line, column and field */
    static JsonObject read(Path path) {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            throw new InvalidScoringInput(file, "is a folder, not an input file");
        }
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8); JsonParser parser = Json.createParser(in)) {
            return new InputDocument(parser, file).document();
        } catch (NoSuchFileException e) {
            throw new InvalidScoringInput(file, "no such input file");
        } catch (AccessDeniedException e) {
            throw new InvalidScoringInput(file, "the input file may not be read");
        } catch (IOException | JsonException e) {
            if (e.getCause() instanceof CharacterCodingException || e instanceof CharacterCodingException) {
                throw new InvalidScoringInput(file, "is not UTF-8 text");
            }
            throw new InvalidScoringInput(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private JsonObject document() {
        if (!next("")) {
            throw new InvalidScoringInput(file, "is empty: it must hold one JSON object");
        }
        if (parser.currentEvent() != JsonParser.Event.START_OBJECT) {
            throw new InvalidScoringInput(file, "must hold one JSON object (" + ScoringJson.INPUT_FORMAT + "), not "
                    + (parser.currentEvent() == JsonParser.Event.START_ARRAY ? "an array" : "a single value"));
        }
        JsonObject document = object("", 1);
        if (next("")) {
            throw new InvalidScoringInput(file, "holds more than one JSON value");
        }
        return document;
    }

    private JsonObject object(String at, int depth) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        Set<String> names = new HashSet<>();
        while (next(at)) {
            if (parser.currentEvent() == JsonParser.Event.END_OBJECT) {
                return object.build();
            }
            String name = parser.getString();
            String field = at.isEmpty() ? name : at + "." + name;
            if (!names.add(name)) {
                throw new InvalidScoringInput(field, "is given twice");
            }
            next(field);
            object.add(name, value(field, depth));
        }
        throw notJson(at, null);
    }

    private JsonValue value(String at, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidScoringInput(at, "is nested deeper than " + MAX_DEPTH + " levels");
        }
        return switch (parser.currentEvent()) {
            case START_OBJECT -> object(at, depth + 1);
            case START_ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                for (int i = 0; next(at + "[" + i + "]"); i++) {
                    if (parser.currentEvent() == JsonParser.Event.END_ARRAY) {
                        yield array.build();
                    }
                    array.add(value(at + "[" + i + "]", depth + 1));
                }
                throw notJson(at, null);
            }
            case VALUE_STRING -> Json.createValue(parser.getString());
            case VALUE_NUMBER -> {
                try {
                    yield Json.createValue(parser.getBigDecimal());
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new InvalidScoringInput(at, "is a number beyond any that can be read");
                }
            }
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw notJson(at, null);
        };
    }

    /** Moves to the next event; false at the end of the text. */
    private boolean next(String at) {
        try {
            if (!parser.hasNext()) {
                return false;
            }
            parser.next();
            return true;
        } catch (JsonParsingException e) {
            throw notJson(at, e.getLocation());
        } catch (JsonException e) {
            throw notJson(at, null);
        }
    }

    private InvalidScoringInput notJson(String at, JsonLocation location) {
        StringBuilder problem = new StringBuilder("is not JSON");
        if (location != null) {
            problem.append(" at line ").append(location.getLineNumber()).append(", column ").append(location.getColumnNumber());
        }
        if (!at.isEmpty()) {
            problem.append(", in the value of ").append(at);
        }
        return new InvalidScoringInput(file, problem.toString());
    }
}
