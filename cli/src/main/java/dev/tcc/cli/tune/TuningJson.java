package dev.tcc.cli.tune;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.tcc.passes.lower.KernelKey;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.passes.lower.TuningSpace;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * A kernel's {@link Tuning} components as JSON, read and written generically over the parameter records (numbers,
 * booleans, enums, strings, nested records), so that the database follows the records as they grow. A stored
 * component whose fields no longer match its record is stale: {@link #read} returns null for it.
 */
final class TuningJson {
    private TuningJson() {}

    /** The components {@code key} depends on, as {@code {"matmul": {"tile": 16, ...}}}. */
    static JsonObject write(KernelKey key, Tuning t) {
        JsonObject o = new JsonObject();
        for (String c : key.components()) o.add(c, value(TuningSpace.get(t, c)));
        return o;
    }

    /** {@link Tuning#DEFAULT} with the components in {@code o}; null when a component is missing or stale. */
    static Tuning read(KernelKey key, JsonObject o) {
        Map<String, Object> values = new HashMap<>();
        for (String c : key.components()) {
            if (!o.has(c)) return null;
            Object v = parse(TuningSpace.type(c), o.get(c));
            if (v == null) return null;
            values.put(c, v);
        }
        return TuningSpace.with(Tuning.DEFAULT, values);
    }

    private static JsonElement value(Object v) {
        return switch (v) {
            case Number n -> new JsonPrimitive(n);
            case Boolean b -> new JsonPrimitive(b);
            case Enum<?> e -> new JsonPrimitive(e.name());
            case Record r -> {
                JsonObject o = new JsonObject();
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        o.add(c.getName(), value(c.getAccessor().invoke(r)));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + c, e);
                    }
                }
                yield o;
            }
            default -> new JsonPrimitive(String.valueOf(v));
        };
    }

    /** A value of {@code type} from {@code e}; null when it does not fit. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, JsonElement e) {
        try {
            if (type.isRecord()) {
                if (!e.isJsonObject()) return null;
                JsonObject o = e.getAsJsonObject();
                RecordComponent[] rc = type.getRecordComponents();
                if (o.size() != rc.length) return null;
                Object[] args = new Object[rc.length];
                Class<?>[] types = new Class<?>[rc.length];
                for (int i = 0; i < rc.length; i++) {
                    types[i] = rc[i].getType();
                    if (!o.has(rc[i].getName())) return null;
                    args[i] = parse(types[i], o.get(rc[i].getName()));
                    if (args[i] == null) return null;
                }
                return type.getDeclaredConstructor(types).newInstance(args);
            }
            if (type == int.class || type == Integer.class) return e.getAsInt();
            if (type == long.class || type == Long.class) return e.getAsLong();
            if (type == double.class || type == Double.class) return e.getAsDouble();
            if (type == float.class || type == Float.class) return e.getAsFloat();
            if (type == boolean.class || type == Boolean.class) return e.getAsBoolean();
            if (type.isEnum()) return Enum.valueOf((Class) type, e.getAsString());
            if (type == String.class) return e.getAsString();
            return null;
        } catch (ReflectiveOperationException | RuntimeException ex) {
            return null;
        }
    }
}
