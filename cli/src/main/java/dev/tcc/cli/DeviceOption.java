package dev.tcc.cli;

import dev.tcc.cli.targets.Target;
import dev.tcc.cli.targets.Targets;
import dev.tcc.ir.program.Profile;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Devices;
import picocli.CommandLine.Option;

/** The {@code --device} option of commands that run on a target, and the target it selects. */
final class DeviceOption {
    @Option(names = "--device", paramLabel = "QUERY",
            description = "Device for GPU targets: part of its id, name or platform as 'tcc devices' lists them "
                    + "(default: the TCC_DEVICE environment variable, else the first GPU, else the first device). "
                    + "For compile and inspect, lowering then specialises to that device instead of the target's portable profile.")
    String device;

    /** The target called {@code name} on the chosen device. */
    Target target(String name) { return Targets.byName(name, device); }

    /** The best target available here, on the chosen device. */
    Target best() { return Targets.best(device); }

    /** What to lower for on {@code backend}: the named device's profile, else the target's portable one (no device needed). */
    Profile profile(Backend backend) {
        return device == null ? backend.codegen().portable() : backend.profile(Devices.select(backend, device));
    }
}
