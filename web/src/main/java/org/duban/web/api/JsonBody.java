package org.duban.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.duban.shared.DomainException;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A request's JSON object, read member by member: each as the action needs it, numbers, days and choices also
 * written as strings ({@link Values}); a member of the wrong kind is refused with its name and value.
 */
final class JsonBody {

    private final JsonObject json;

    private JsonBody(JsonObject json) {
        this.json = json;
    }

    /** An empty body is an empty object; anything but an object is refused (400). */
    static JsonBody of(String body) {
        if (body == null || body.isBlank()) {
            return new JsonBody(JsonValue.EMPTY_JSON_OBJECT);
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new DomainException("error.api.json", value.getValueType().name());
            }
            return new JsonBody(value.asJsonObject());
        }
    }

    String text(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    Integer integer(String name) {
        JsonValue value = json.get(name);
        if (value instanceof JsonNumber number) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException notAnInt) {
                throw DomainException.inField(name, "error.api.number", name, number.toString());
            }
        }
        return Values.integer(name, text(name));
    }

    Long id(String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonNumber number ? Values.id(name, number.toString()) : Values.id(name, text(name));
    }

    LocalDate day(String name) {
        return Values.day(name, text(name));
    }

    <E extends Enum<E>> E choice(String name, Class<E> choices) {
        return Values.choice(name, text(name), choices);
    }

    Boolean yesOrNo(String name) {
        JsonValue value = json.get(name);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        return Values.yesOrNo(name, text(name));
    }

    /** An array of ids; a missing member is none. */
    Set<Long> ids(String name) {
        JsonValue value = json.get(name);
        Set<Long> ids = new LinkedHashSet<>();
        if (value == null || value == JsonValue.NULL) {
            return ids;
        }
        if (!(value instanceof JsonArray array)) {
            throw DomainException.inField(name, "error.api.ids", name, value.toString());
        }
        for (JsonValue element : array) {
            Long id = element instanceof JsonNumber number && number.isIntegral() ? safeLong(number) : null;
            if (id == null || id <= 0) {
                throw DomainException.inField(name, "error.api.ids", name, value.toString());
            }
            ids.add(id);
        }
        return ids;
    }

    private static Long safeLong(JsonNumber number) {
        try {
            return number.longValueExact();
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }

    /** An array of objects; a missing member is none. */
    java.util.List<JsonBody> objects(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return java.util.List.of();
        }
        if (!(value instanceof JsonArray array) || array.stream().anyMatch(e -> !(e instanceof JsonObject))) {
            throw DomainException.inField(name, "error.api.object", name, value.toString());
        }
        return array.stream().map(e -> new JsonBody(e.asJsonObject())).toList();
    }

    /** A nested object; a missing member is an empty one. */
    JsonBody object(String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return new JsonBody(JsonValue.EMPTY_JSON_OBJECT);
        }
        if (!(value instanceof JsonObject object)) {
            throw DomainException.inField(name, "error.api.object", name, value.toString());
        }
        return new JsonBody(object);
    }
}
