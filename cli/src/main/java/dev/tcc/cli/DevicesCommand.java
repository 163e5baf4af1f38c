package dev.tcc.cli;

import dev.tcc.runtime.Devices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code tcc devices}: every device tcc can use, with the capabilities that matter for its kernels. */
@Command(name = "devices", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"List every device tcc can use (OpenCL, Vulkan and WebGPU) with the capabilities that matter:",
                "fp16/fp64, subgroups, integer dot products, cooperative matrices (tensor cores), workgroup and memory limits."})
final class DevicesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Devices.Discovery d = Devices.discover();
        out.print(d.describe());
        out.flush();
        return d.devices().isEmpty() ? Tcc.EXIT_ERROR : 0;
    }
}
