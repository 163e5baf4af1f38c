package dev.tcc.cli.targets;

import java.util.List;
import java.util.stream.Collectors;

/** The targets {@code --target} accepts. A new target is one class and one line here. */
public final class Targets {
    private Targets() {}

    /** Every target, in order of preference: GPU back-ends first, the reference interpreter last. */
    private static final List<Target> ALL = List.of(
            new OpenClTarget(),
            new ReferenceTarget());

    public static List<Target> all() { return ALL; }

    /** Target names for picocli's completion candidates. */
    public static final class Names implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return ALL.stream().map(Target::name).iterator(); }
    }

    /**
     * The best target that can run here: targets are listed in order of preference (GPU back-ends first,
     * the reference interpreter last), and the first one available wins.
     */
    public static Target best() { return best(null); }

    /** {@link #best()} with GPU targets on the device matching {@code device} (null: the default device). */
    public static Target best(String device) {
        for (Target t : ALL) if (t.unavailableReason() == null) return onDevice(t, device);
        throw new IllegalStateException("no target can run here");
    }

    /** {@link #byName(String)} with GPU targets on the device matching {@code device} (null: the default device). */
    public static Target byName(String name, String device) { return onDevice(byName(name), device); }

    private static Target onDevice(Target t, String device) {
        return t instanceof OpenClTarget && device != null ? new OpenClTarget(device) : t;
    }

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
