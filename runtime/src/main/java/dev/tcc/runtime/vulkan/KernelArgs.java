package dev.tcc.runtime.vulkan;

import dev.tcc.codegen.spirv.KernelLayout;
import dev.tcc.ir.kernel.BufferParam;
import dev.tcc.ir.kernel.Grid;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.runtime.DeviceBuffer;
import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.KernelArg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A launch's arguments as a {@link Dispatch}: buffers in binding order, scalars packed into the push-constant
 * block at the offsets of the kernel's {@link KernelLayout}, workgroup counts from the kernel's grid.
 */
final class KernelArgs {
    private KernelArgs() {}

    static Dispatch dispatch(VulkanKernel k, List<KernelArg> args, Function<DeviceBuffer, VulkanBuffer> own) {
        List<Param> params = k.signature().params();
        String name = k.signature().name();
        if (args.size() != params.size()) {
            throw new DeviceException("kernel '" + name + "' takes " + params.size() + " arguments "
                    + params.stream().map(Param::name).toList() + ", got " + args.size());
        }
        KernelLayout layout = k.layout();
        List<VulkanBuffer> buffers = new ArrayList<>();
        ByteBuffer push = ByteBuffer.allocate(k.pipeline().pushConstantBytes()).order(ByteOrder.LITTLE_ENDIAN);
        int scalar = 0;
        for (int i = 0; i < args.size(); i++) {
            KernelArg a = args.get(i);
            String what = "kernel '" + name + "' argument " + i + " (" + params.get(i).name() + ")";
            switch (params.get(i)) {
                case BufferParam p -> {
                    if (!(a instanceof KernelArg.Buffer(DeviceBuffer db))) throw new DeviceException(what + " needs a buffer, got " + a);
                    if (db.elementType() != p.elementType()) throw new DeviceException(what + " needs a " + p.elementType() + " buffer, got " + db);
                    buffers.add(own.apply(db));
                }
                case ScalarParam p -> {
                    if (!(a instanceof KernelArg.Scalar(Number n))) throw new DeviceException(what + " needs a number, got " + a);
                    int at = layout.pushConstants().get(scalar++).offset();
                    switch (p.var().type()) {
                        case I32, U32 -> push.putInt(at, (int) n.longValue());
                        case I64, U64 -> push.putLong(at, n.longValue());
                        case F32 -> push.putFloat(at, n.floatValue());
                        case F64 -> push.putDouble(at, n.doubleValue());
                        case I16, U16 -> push.putShort(at, (short) n.longValue());
                        case I8, U8 -> push.put(at, (byte) n.longValue());
                        default -> throw new DeviceException(what + ": scalar type " + p.var().type() + " is not supported");
                    }
                }
            }
        }
        Grid g = k.signature().grid();
        return new Dispatch(k.pipeline(), buffers, push.array(), groups(g, 0, name), groups(g, 1, name), groups(g, 2, name));
    }

    private static int groups(Grid g, int d, String kernel) {
        long n = g.groups(d);
        if (n > Integer.MAX_VALUE) {
            throw new DeviceException("kernel '" + kernel + "' has " + n + " workgroups along dimension " + d + "; Vulkan counts them in 32 bits");
        }
        return (int) n;
    }
}
