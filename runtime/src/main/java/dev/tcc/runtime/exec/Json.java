package dev.tcc.runtime.exec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.tcc.ir.DType;
import dev.tcc.runtime.exec.Artefact.ArtefactException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typed reads from a manifest's JSON. Every wrong type, missing key or out-of-range number becomes an
 * {@link ArtefactException} naming the manifest and the key's path ({@code launches[3].grid.groups[0]}), so a
 * damaged manifest never surfaces as a {@code ClassCastException} or a silently truncated number.
 */
record Json(String file, String path, JsonElement value) {
    static Json root(String file, JsonElement e) { return new Json(file, "", e); }

    ArtefactException error(String what) {
        return new ArtefactException(file + ": " + (path.isEmpty() ? "the manifest" : "'" + path + "'") + " " + what
                + "; the artefact is damaged: compile the model again");
    }

    private String child(String key) { return path.isEmpty() ? key : path + "." + key; }

    JsonObject object() {
        if (!(value instanceof JsonObject o)) throw error("must be a JSON object, found " + kind());
        return o;
    }

    /** The member {@code key}, which must be present. */
    Json get(String key) {
        JsonElement e = object().get(key);
        if (e == null || e.isJsonNull()) throw new Json(file, child(key), null).error("is missing");
        return new Json(file, child(key), e);
    }

    boolean has(String key) { return object().has(key) && !object().get(key).isJsonNull(); }

    List<Json> list() {
        if (!(value instanceof JsonArray a)) throw error("must be a JSON array, found " + kind());
        List<Json> r = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) r.add(new Json(file, path + "[" + i + "]", a.get(i)));
        return r;
    }

    /** The members of an object, in order. */
    List<String> keys() { return List.copyOf(object().keySet()); }

    String string() {
        if (!(value instanceof JsonPrimitive p) || !p.isString()) throw error("must be a string, found " + kind());
        return p.getAsString();
    }

    boolean bool() {
        if (!(value instanceof JsonPrimitive p) || !p.isBoolean()) throw error("must be true or false, found " + kind());
        return p.getAsBoolean();
    }

    /** A whole number in [min, max]; 1.5 or 1e30 is an error, never rounded. */
    long integer(long min, long max) {
        BigDecimal d = number();
        long v;
        try {
            v = d.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw error("must be a whole number, found " + d.toPlainString());
        }
        if (v < min || v > max) throw error("must lie in [" + min + ", " + max + "], found " + v);
        return v;
    }

    int int32(int min, int max) { return (int) integer(min, max); }

    double real() { return number().doubleValue(); }

    private BigDecimal number() {
        if (!(value instanceof JsonPrimitive p) || !p.isNumber()) throw error("must be a number, found " + kind());
        try {
            return p.getAsBigDecimal();
        } catch (NumberFormatException e) {
            throw error("must be a number, found " + p.getAsString());
        }
    }

    long[] longs(long min, long max) { return list().stream().mapToLong(j -> j.integer(min, max)).toArray(); }

    DType dtype() {
        String s = string();
        try {
            return DType.fromIrName(s);
        } catch (RuntimeException e) {
            throw error("names no element type tcc knows: '" + s + "'");
        }
    }

    /** One of {@code options} (compared ignoring case). */
    <E extends Enum<E>> E oneOf(Class<E> type) {
        String s = string();
        for (E e : type.getEnumConstants()) {
            if (e.name().replace('_', '-').equalsIgnoreCase(s.replace('_', '-'))) return e;
        }
        throw error("must be one of " + List.of(type.getEnumConstants()).stream().map(e -> e.name().toLowerCase(Locale.ROOT)).toList()
                + ", found '" + s + "'");
    }

    private String kind() {
        if (value == null || value.isJsonNull()) return "null";
        if (value.isJsonObject()) return "an object";
        if (value.isJsonArray()) return "an array";
        JsonPrimitive p = value.getAsJsonPrimitive();
        return p.isString() ? "a string" : p.isNumber() ? "the number " + p.getAsString() : "the value " + p;
    }
}
