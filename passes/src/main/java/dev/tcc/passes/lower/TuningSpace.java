package dev.tcc.passes.lower;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link Tuning} read generically, so that an autotuner and a tuning database need no change when a template's
 * parameter record grows a field or {@link Tuning} a component: components are found by name among the record
 * components of {@link Tuning}, and each component type's candidates come from its static {@code space()}.
 */
public final class TuningSpace {
    private TuningSpace() {}

    /** The names of {@link Tuning}'s components, in declaration order ({@code pointwise}, {@code matmul}, ...). */
    public static List<String> components() {
        return List.of(Tuning.class.getRecordComponents()).stream().map(RecordComponent::getName).toList();
    }

    /** The value of component {@code name} in {@code t}. */
    public static Object get(Tuning t, String name) {
        try {
            return component(name).getAccessor().invoke(t);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read Tuning." + name, e);
        }
    }

    /** The type of component {@code name} (a record such as {@link Tuning.MatMul}). */
    public static Class<?> type(String name) { return component(name).getType(); }

    /** {@code t} with component values replaced by those in {@code values} (by component name). */
    public static Tuning with(Tuning t, Map<String, Object> values) {
        RecordComponent[] rc = Tuning.class.getRecordComponents();
        Object[] args = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            args[i] = values.containsKey(rc[i].getName()) ? values.get(rc[i].getName()) : get(t, rc[i].getName());
        }
        try {
            return Tuning.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a Tuning", e);
        }
    }

    /** The candidates of component {@code name}: its type's {@code space()}. */
    public static List<?> space(String name) {
        try {
            Method m = type(name).getMethod("space");
            return List.copyOf((List<?>) m.invoke(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Tuning." + name + " has no static space()", e);
        }
    }

    /**
     * Every combination of the candidates of {@code key}'s components, other components as in {@code base};
     * {@code base} itself comes first (the reference the others are checked against and compared with).
     */
    public static List<Tuning> candidates(KernelKey key, Tuning base) {
        List<Map<String, Object>> combos = new ArrayList<>(List.of(Map.of()));
        for (String c : key.components()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : combos) {
                for (Object v : space(c)) {
                    Map<String, Object> m = new HashMap<>(partial);
                    m.put(c, v);
                    next.add(m);
                }
            }
            combos = next;
        }
        Set<Tuning> out = new LinkedHashSet<>();
        out.add(base);
        for (Map<String, Object> m : combos) out.add(with(base, m));
        return List.copyOf(out);
    }

    private static RecordComponent component(String name) {
        for (RecordComponent c : Tuning.class.getRecordComponents()) if (c.getName().equals(name)) return c;
        throw new IllegalArgumentException("Tuning has no component '" + name + "'; it has " + components());
    }
}
