package dev.tcc.cli;

import dev.tcc.cli.targets.Target;
import dev.tcc.cli.targets.Targets;
import picocli.CommandLine.Option;

/** The {@code --device} option of commands that run on a target, and the target it selects. */
final class DeviceOption {
    @Option(names = "--device", paramLabel = "QUERY",
            description = "Device for GPU targets: part of its id, name or platform as 'tcc devices' lists them "
                    + "(default: the TCC_DEVICE environment variable, else the first GPU, else the first device).")
    String device;

    /** The target called {@code name} on the chosen device. */
    Target target(String name) { return Targets.byName(name, device); }

    /** The best target available here, on the chosen device. */
    Target best() { return Targets.best(device); }
}
