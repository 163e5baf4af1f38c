import org.lwjgl.PointerBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import static org.lwjgl.opencl.CL10.*;

/**
 * A diagnostic for the GPU machine (scripts/gpu/ptxas.sh): builds one OpenCL source on the first GPU (else the first
 * device) once per option string given, and prints the build log (NVIDIA's {@code -cl-nv-verbose} adds ptxas's
 * register and spill report), then counts, in the program binary (PTX on NVIDIA), the shared-memory loads (scalar and
 * vector), the FMAs and the global loads, and lists any {@code .local} (spilled) declarations. Each binary is written
 * beside the source as {@code SOURCE.N.ptx}. Usage: ClDiag SOURCE.cl OPTIONS...
 */
public class ClDiag {
    public static void main(String[] a) throws Exception {
        String src = Files.readString(Path.of(a[0]));
        try (MemoryStack s = MemoryStack.stackPush()) {
            IntBuffer n = s.mallocInt(1);
            clGetPlatformIDs(null, n);
            PointerBuffer ps = s.mallocPointer(n.get(0));
            clGetPlatformIDs(ps, (IntBuffer) null);
            long device = 0;
            for (long type : new long[] {CL_DEVICE_TYPE_GPU, CL_DEVICE_TYPE_ALL}) {
                for (int i = 0; i < ps.capacity() && device == 0; i++) {
                    IntBuffer c = s.mallocInt(1);
                    if (clGetDeviceIDs(ps.get(i), type, null, c) != CL_SUCCESS || c.get(0) == 0) continue;
                    PointerBuffer ds = s.mallocPointer(c.get(0));
                    clGetDeviceIDs(ps.get(i), type, ds, (IntBuffer) null);
                    device = ds.get(0);
                }
            }
            if (device == 0) throw new IllegalStateException("no OpenCL device");
            IntBuffer err = s.mallocInt(1);
            long ctx = clCreateContext(null, device, null, 0L, err);
            for (int o = 1; o < a.length; o++) {
                long prog = clCreateProgramWithSource(ctx, src, err);
                int e = clBuildProgram(prog, device, a[o], null, 0L);
                PointerBuffer size = s.mallocPointer(1);
                clGetProgramBuildInfo(prog, device, CL_PROGRAM_BUILD_LOG, (ByteBuffer) null, size);
                ByteBuffer b = MemoryUtil.memAlloc((int) Math.max(1, size.get(0)));
                clGetProgramBuildInfo(prog, device, CL_PROGRAM_BUILD_LOG, b, null);
                System.out.println("== options: " + a[o] + " -> " + e);
                System.out.println(MemoryUtil.memUTF8(b, Math.max(0, b.remaining() - 1)));
                MemoryUtil.memFree(b);
                PointerBuffer bs = s.mallocPointer(1);
                clGetProgramInfo(prog, CL_PROGRAM_BINARY_SIZES, bs, null);
                ByteBuffer bin = MemoryUtil.memAlloc((int) bs.get(0));
                PointerBuffer pp = s.mallocPointer(1).put(0, bin);
                clGetProgramInfo(prog, CL_PROGRAM_BINARIES, pp, null);
                byte[] bytes = new byte[(int) bs.get(0)];
                bin.get(bytes);
                String ptx = new String(bytes);
                Files.writeString(Path.of(a[0] + "." + o + ".ptx"), ptx);
                ptx.lines().filter(l -> l.contains(".local") || l.contains(".maxnreg") || l.contains(".reqntid") || l.contains(".reg .f32")
                        || l.contains("ld.shared.v4") ).limit(12).forEach(System.out::println);
                System.out.println("ld.shared: " + ptx.lines().filter(l -> l.contains("ld.shared")).count() + ", ld.shared.v4: "
                        + ptx.lines().filter(l -> l.contains("ld.shared.v4")).count() + ", ld.shared.v2: " + ptx.lines().filter(l -> l.contains("ld.shared.v2")).count()
                        + ", fma: " + ptx.lines().filter(l -> l.contains("fma.rn.f32")).count() + ", ld.global: " + ptx.lines().filter(l -> l.contains("ld.global")).count());
                MemoryUtil.memFree(bin);
                clReleaseProgram(prog);
            }
        }
    }
}
