package dev.tcc.cli.targets;

import java.util.List;
import java.util.stream.Collectors;

/** The targets {@code --target} accepts. A new target is one class and one line here. */
public final class Targets {
    private Targets() {}

    private static final List<Target> ALL = List.of(
            new ReferenceTarget());

    public static List<Target> all() { return ALL; }

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
