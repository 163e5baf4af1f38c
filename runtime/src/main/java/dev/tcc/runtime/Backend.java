package dev.tcc.runtime;

import dev.tcc.codegen.common.Codegen;
import dev.tcc.ir.program.Profile;

import java.util.List;

/**
 * A target tcc can run on: its code generator and the device API that runs the code. Adding a target is a
 * {@link Codegen}, a {@link Device} implementation, a class implementing this interface and one line in
 * {@link Backends}.
 */
public interface Backend {

    /** The code generator; its {@link Codegen#target()} is the backend's name. */
    Codegen codegen();

    /** The name given to {@code --target} and written into artefacts: {@code opencl}. */
    default String name() { return codegen().target(); }

    /** One line for help texts. */
    String description();

    /** Adds every device of this API to {@code found}, or a line to {@code problems} saying why there is none and what to install. */
    void discover(List<DeviceInfo> found, List<String> problems);

    /** Opens a device {@link #discover} found. */
    Device open(DeviceInfo info);

    /** What lowering may assume on the device {@code info} describes. */
    Profile profile(DeviceInfo info);
}
