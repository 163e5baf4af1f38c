package dev.tcc.cli.targets;

import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Backends;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The targets {@code --target} accepts: one per device back-end ({@link Backends}), then the reference interpreter. */
public final class Targets {
    private Targets() {}

    /** Every target, in order of preference: device back-ends first, the reference interpreter last. */
    private static final List<Target> ALL = all(Backends.all());

    private static List<Target> all(List<Backend> backends) {
        List<Target> r = new ArrayList<>();
        for (Backend b : backends) r.add(new DeviceTarget(b, null));
        r.add(new ReferenceTarget());
        return List.copyOf(r);
    }

    public static List<Target> all() { return ALL; }

    /** Target names for picocli's completion candidates. */
    public static final class Names implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return ALL.stream().map(Target::name).iterator(); }
    }

    /**
     * The best target that can run here: targets are listed in order of preference (device back-ends first,
     * the reference interpreter last), and the first one available wins.
     */
    public static Target best() { return best(null); }

    /** {@link #best()} with device targets on the device matching {@code device} (null: the default device). */
    public static Target best(String device) {
        for (Target t : ALL) if (t.unavailableReason() == null) return t.onDevice(device);
        throw new IllegalStateException("no target can run here");
    }

    /** {@link #byName(String)} with device targets on the device matching {@code device} (null: the default device). */
    public static Target byName(String name, String device) { return byName(name).onDevice(device); }

    /** Names, comma-separated, for help texts and messages. */
    public static String names() { return ALL.stream().map(Target::name).collect(Collectors.joining(", ")); }

    /** The target called {@code name}; an error listing the known ones when there is none, or saying why it cannot run here. */
    public static Target byName(String name) {
        for (Target t : ALL) {
            if (!t.name().equals(name)) continue;
            String why = t.unavailableReason();
            if (why != null) throw new IllegalArgumentException("target '" + name + "' cannot run here: " + why);
            return t;
        }
        throw new IllegalArgumentException("unknown target '" + name + "'; available targets: " + names());
    }
}
