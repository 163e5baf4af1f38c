package dev.tcc.runtime.vulkan;

import java.util.Locale;

/**
 * One matrix product a device's cooperative matrices can do in a subgroup ({@code VkCooperativeMatrixPropertiesNV}
 * of subgroup scope): {@code D[m,n] = A[m,k] x B[k,n] + C[m,n]} with the given component types, named as tcc names
 * element types ({@code f16}, {@code f32}, {@code i8}, ...).
 */
public record CooperativeMatrixShape(int m, int n, int k, String a, String b, String c, String result) {
    /** 16x16x16 with f16 inputs and f32 accumulators: what {@code CoopMatrixGemm} uses. */
    public static final CooperativeMatrixShape F16_F32_16X16X16 = new CooperativeMatrixShape(16, 16, 16, "f16", "f16", "f32", "f32");

    /** The name of a {@code VkComponentTypeNV} (0 f16, 1 f32, 2 f64, 3..6 signed, 7..10 unsigned integers). */
    static String componentName(int vkComponentType) {
        return switch (vkComponentType) {
            case 0 -> "f16";
            case 1 -> "f32";
            case 2 -> "f64";
            case 3, 4, 5, 6 -> "i" + (8 << (vkComponentType - 3));
            case 7, 8, 9, 10 -> "u" + (8 << (vkComponentType - 7));
            default -> "component" + vkComponentType;
        };
    }

    @Override public String toString() {
        return String.format(Locale.ROOT, "%dx%dx%d %sx%s+%s->%s", m, n, k, a, b, c, result);
    }
}
