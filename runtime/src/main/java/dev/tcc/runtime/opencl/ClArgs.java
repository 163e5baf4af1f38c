package dev.tcc.runtime.opencl;

import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.KernelArg;

import java.util.List;
import java.util.function.Function;

import static org.lwjgl.opencl.CL10.*;

/** Checks launch arguments against a kernel's parameters and sets them on the {@code cl_kernel}. */
final class ClArgs {
    private ClArgs() {}

    /** Sets {@code args} on {@code kernel}, a {@code cl_kernel} of the kernel {@code sig} describes. */
    static void set(long kernel, Kernel.Signature sig, List<KernelArg> args, Function<DeviceBuffer, ClBuffer> own) {
        List<Param> params = sig.params();
        String name = sig.name();
        if (args.size() != params.size()) {
            throw new DeviceException("kernel '" + name + "' takes " + params.size() + " arguments "
                    + params.stream().map(Param::name).toList() + ", got " + args.size());
        }
        for (int i = 0; i < args.size(); i++) {
            KernelArg a = args.get(i);
            String what = "kernel '" + name + "' argument " + i + " (" + params.get(i).name() + ")";
            int err = switch (params.get(i)) {
                case BufferParam p -> {
                    if (!(a instanceof KernelArg.Buffer(DeviceBuffer db))) throw new DeviceException(what + " needs a buffer, got " + a);
                    ClBuffer b = own.apply(db);
                    if (b.elementType() != p.elementType()) {
                        throw new DeviceException(what + " needs a " + p.elementType() + " buffer, got " + b);
                    }
                    yield clSetKernelArg1p(kernel, i, b.handle());
                }
                case ScalarParam p -> {
                    if (!(a instanceof KernelArg.Scalar(Number n))) throw new DeviceException(what + " needs a number, got " + a);
                    yield switch (p.var().type()) {
                        case I32, U32 -> clSetKernelArg1i(kernel, i, (int) n.longValue());
                        case I64, U64 -> clSetKernelArg1l(kernel, i, n.longValue());
                        case F32 -> clSetKernelArg1f(kernel, i, n.floatValue());
                        case F64 -> clSetKernelArg1d(kernel, i, n.doubleValue());
                        default -> throw new DeviceException(what + ": scalar type " + p.var().type() + " is not supported");
                    };
                }
            };
            ClErrors.check(err, "setting " + what);
        }
    }
}
