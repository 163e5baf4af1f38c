package dev.tcc.runtime.vulkan;

/** The GLSL compute shaders the runtime tests compile (test fixtures, not tcc output). */
final class Shaders {
    private Shaders() {}

    private static final String HEADER = "#version 450\nlayout(local_size_x = 64) in;\n";

    /** c[i] = a[i] + b[i] for i < n (n = buffer length). */
    static final String VECTOR_ADD = HEADER + """
            layout(std430, set = 0, binding = 0) readonly buffer A { float a[]; };
            layout(std430, set = 0, binding = 1) readonly buffer B { float b[]; };
            layout(std430, set = 0, binding = 2) writeonly buffer C { float c[]; };
            void main() {
                uint i = gl_GlobalInvocationID.x;
                if (i < c.length()) c[i] = a[i] + b[i];
            }
            """;

    /** y[i] = alpha * x[i] + beta for i < n, all three from push constants. */
    static final String SCALE_SHIFT = HEADER + """
            layout(push_constant) uniform Push { uint n; float alpha; float beta; } pc;
            layout(std430, set = 0, binding = 0) readonly buffer X { float x[]; };
            layout(std430, set = 0, binding = 1) writeonly buffer Y { float y[]; };
            void main() {
                uint i = gl_GlobalInvocationID.x;
                if (i < pc.n) y[i] = pc.alpha * x[i] + pc.beta;
            }
            """;

    /**
     * out[i] = in[n-1-i] * 3: reads a value another workgroup of the previous dispatch wrote, so a missing
     * barrier between the two dispatches shows as wrong numbers (and as a synchronisation-validation error).
     */
    static final String REVERSE_TRIPLE = HEADER + """
            layout(std430, set = 0, binding = 0) readonly buffer In { int src[]; };
            layout(std430, set = 0, binding = 1) writeonly buffer Out { int dst[]; };
            void main() {
                uint i = gl_GlobalInvocationID.x;
                uint n = dst.length();
                if (i < n) dst[i] = src[n - 1 - i] * 3;
            }
            """;

    /** Uses 16-bit floats: needs SHADER_FLOAT16 enabled. */
    static final String HALF_ARITHMETIC = HEADER + """
            #extension GL_EXT_shader_explicit_arithmetic_types_float16 : require
            layout(std430, set = 0, binding = 0) buffer X { float x[]; };
            void main() {
                uint i = gl_GlobalInvocationID.x;
                if (i < x.length()) x[i] = float(float16_t(x[i]) * float16_t(2.0));
            }
            """;

    /** One invocation spins for pc.n iterations of a data-dependent recurrence: a kernel that outlives a short timeout. */
    static final String SPIN = HEADER + """
            layout(push_constant) uniform Push { uint n; } pc;
            layout(std430, set = 0, binding = 0) buffer X { uint x[]; };
            void main() {
                if (gl_GlobalInvocationID.x != 0) return;
                uint acc = x[0];
                for (uint k = 0; k < pc.n; k++) acc = acc * 1664525u + x[k & 15u];
                x[0] = acc;
            }
            """;

    /** y[i] = x[i] * SCALE with the workgroup size and SCALE as specialisation constants 0 and 1. */
    static final String SPECIALISED_SCALE = """
            #version 450
            layout(local_size_x_id = 0) in;
            layout(constant_id = 1) const float SCALE = 1.0;
            layout(std430, set = 0, binding = 0) readonly buffer X { float x[]; };
            layout(std430, set = 0, binding = 1) writeonly buffer Y { float y[]; };
            void main() {
                uint i = gl_GlobalInvocationID.x;
                if (i < y.length()) y[i] = x[i] * SCALE;
            }
            """;
}
