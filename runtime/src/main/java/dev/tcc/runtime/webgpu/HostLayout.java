package dev.tcc.runtime.webgpu;

import dev.tcc.codegen.wgsl.WgslLayout;
import dev.tcc.ir.DType;
import dev.tcc.ir.kernel.Kernel;
import dev.tcc.ir.kernel.Param;
import dev.tcc.ir.kernel.ScalarParam;
import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.KernelArg;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The host side of {@link WgslLayout}: tensor bytes to and from the device's element layout, and scalar
 * arguments into the uniform struct. Only 64-bit types change form (WGSL has none): i64 travels as i32 and
 * u64 as u32, refused when a value does not fit and widened again on the way back; f64 travels as f32, rounded. Everything else keeps
 * its bytes (packed words are the host's little-endian bytes, padded to a multiple of 4).
 */
final class HostLayout {
    private HostLayout() {}

    private static final long U32_MAX = 0xFFFF_FFFFL;

    /** {@code host} (little-endian host elements of {@code b}, from its position) in the device's layout. */
    static ByteBuffer toDevice(WgslBuffer b, ByteBuffer host) {
        ByteBuffer in = host.slice(host.position(), Math.toIntExact(b.bytes())).order(ByteOrder.LITTLE_ENDIAN);
        return switch (b.packing()) {
            case NATIVE, PACKED_WORDS -> in;
            case I64_AS_I32, U64_AS_U32 -> {
                boolean signed = b.packing() == WgslLayout.Packing.I64_AS_I32;
                int n = Math.toIntExact(b.elements());
                ByteBuffer out = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < n; i++) {
                    long v = in.getLong(8 * i);
                    if (signed ? v != (int) v : v < 0 || v > U32_MAX) throw tooWide(b, i, v, signed);
                    out.putInt(4 * i, (int) v);
                }
                yield out;
            }
            case F64_AS_F32 -> {
                int n = Math.toIntExact(b.elements());
                ByteBuffer out = ByteBuffer.allocateDirect(4 * n).order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < n; i++) out.putFloat(4 * i, (float) in.getDouble(8 * i));
                yield out;
            }
        };
    }

    /** Device bytes {@code device} of {@code b} widened where needed into {@code host} from its position. */
    static void toHost(WgslBuffer b, ByteBuffer device, ByteBuffer host) {
        ByteBuffer out = host.slice(host.position(), Math.toIntExact(b.bytes())).order(ByteOrder.LITTLE_ENDIAN);
        device.order(ByteOrder.LITTLE_ENDIAN);
        switch (b.packing()) {
            case NATIVE, PACKED_WORDS -> out.put(0, device, 0, out.capacity());
            case I64_AS_I32 -> {
                for (int i = 0; i < b.elements(); i++) out.putLong(8 * i, device.getInt(4 * i));
            }
            case U64_AS_U32 -> {
                for (int i = 0; i < b.elements(); i++) out.putLong(8 * i, Integer.toUnsignedLong(device.getInt(4 * i)));
            }
            case F64_AS_F32 -> {
                for (int i = 0; i < b.elements(); i++) out.putDouble(8 * i, device.getFloat(4 * i));
            }
        }
    }

    private static DeviceException tooWide(WgslBuffer b, int i, long v, boolean signed) {
        return new DeviceException("element " + i + " of " + b + " is " + (signed ? v : Long.toUnsignedString(v))
                + ", which does not fit in 32 bits; WebGPU holds " + b.elementType() + " tensors as "
                + (signed ? "i32" : "u32") + " (WGSL has no 64-bit integers), so values must lie in "
                + (signed ? "[-2^31, 2^31)" : "[0, 2^32)") + "; use the OpenCL target for wider values");
    }

    /** The uniform struct of {@code kernel}'s scalar arguments, {@code layout.uniformBytes()} bytes. */
    static ByteBuffer uniforms(Kernel.Signature kernel, WgslLayout layout, List<KernelArg> args) {
        ByteBuffer u = ByteBuffer.allocateDirect(layout.uniformBytes()).order(ByteOrder.LITTLE_ENDIAN);
        int field = 0;
        List<Param> params = kernel.params();
        for (int i = 0; i < params.size(); i++) {
            if (!(params.get(i) instanceof ScalarParam p)) continue;
            WgslLayout.UniformField f = layout.uniforms().get(field++);
            Number n = ((KernelArg.Scalar) args.get(i)).value();
            u.putInt(f.offset(), word(kernel.name(), p, n));
        }
        return u;
    }

    /** The 4 bytes of scalar {@code n} for parameter {@code p}, refusing 64-bit values outside 32 bits. */
    private static int word(String kernel, ScalarParam p, Number n) {
        DType t = p.var().type();
        return switch (t) {
            case F32, F64 -> Float.floatToRawIntBits(n.floatValue());
            case I32 -> n.intValue();
            case U32 -> (int) n.longValue();
            case I64, U64 -> {
                long v = n.longValue();
                boolean fits = t == DType.I64 ? v == (int) v : v >= 0 && v <= U32_MAX;
                if (!fits) {
                    throw new DeviceException("kernel '" + kernel + "' scalar " + p.name() + " = " + v + " does not fit in 32 bits;"
                            + " WebGPU passes " + t + " scalars as " + (t == DType.I64 ? "i32" : "u32") + " (WGSL has no 64-bit integers)");
                }
                yield (int) v;
            }
            default -> throw new DeviceException("kernel '" + kernel + "' scalar " + p.name() + " has type " + t
                    + ", which the WebGPU runtime does not pass (only 4-byte scalars and narrowed 64-bit integers)");
        };
    }
}
