package dev.tcc.runtime.vulkan;

import dev.tcc.runtime.DeviceException;
import dev.tcc.runtime.DeviceInfo;
import org.junit.jupiter.api.Test;
import org.lwjgl.system.MemoryStack;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link VulkanFeature#COOPERATIVE_MATRIX} as far as lavapipe can show it: the device does not report it (nor any
 * shape), asking for it is refused by name, and its feature structure joins the chain only with its extension.
 * The kernel itself runs on an NVIDIA GPU only (scripts/gpu/diag/CoopGemm.java).
 */
class CooperativeMatrixTest {
    @Test
    void lavapipeHasNoCooperativeMatricesAndAskingForThemIsRefused() {
        try (VulkanInstance instance = TestVulkan.instance()) {
            VulkanPhysicalDevice lvp = instance.select("llvmpipe");
            assertThat(lvp.info().hasExtension("VK_NV_cooperative_matrix")).isFalse();
            assertThat(lvp.info().features()).doesNotContain(VulkanFeature.COOPERATIVE_MATRIX);
            assertThat(lvp.info().cooperativeMatrixShapes()).isEmpty();
            assertThat(lvp.info().offersCooperativeMatrix(CooperativeMatrixShape.F16_F32_16X16X16)).isFalse();
            assertThat(lvp.info().describe()).contains("NV none");
            assertThat(VulkanBackend.describe(lvp.info()).features()).doesNotContain(DeviceInfo.Feature.COOPERATIVE_MATRIX);
            assertThat(VulkanBackend.describe(lvp.info()).describe()).contains("no cooperative matrix");
            // a device that reports the feature and the f16 shape is listed with it (tcc devices)
            VulkanDeviceInfo i = lvp.info();
            EnumSet<VulkanFeature> with = EnumSet.copyOf(i.features());
            with.add(VulkanFeature.COOPERATIVE_MATRIX);
            VulkanDeviceInfo coop = new VulkanDeviceInfo(i.index(), i.name(), i.type(), i.vendorId(), i.deviceId(), i.apiVersion(),
                    i.driverName(), i.driverInfo(), i.driverVersion(), i.deviceLocalBytes(), with, i.limits(), i.extensions(),
                    List.of(CooperativeMatrixShape.F16_F32_16X16X16));
            assertThat(VulkanBackend.describe(coop).features()).contains(DeviceInfo.Feature.COOPERATIVE_MATRIX);
            assertThatThrownBy(() -> instance.open(lvp, EnumSet.of(VulkanFeature.COOPERATIVE_MATRIX, VulkanFeature.SHADER_FLOAT16)))
                    .isInstanceOf(DeviceException.class).hasMessageContaining("lacks [COOPERATIVE_MATRIX]");
            // the features the GEMM needs besides it open as before
            try (VulkanDevice d = instance.open(lvp, Set.of(VulkanFeature.SHADER_FLOAT16, VulkanFeature.STORAGE_BUFFER_16BIT_ACCESS))) {
                assertThat(d.enabledFeatures()).doesNotContain(VulkanFeature.COOPERATIVE_MATRIX);
            }
        }
    }

    @Test
    void theExtensionStructureIsChainedOnlyWithItsExtension() {
        try (MemoryStack s = MemoryStack.stackPush()) {
            FeatureChain plain = FeatureChain.calloc(s, List.of());
            assertThat(plain.v12().pNext()).isZero();
            VulkanFeature.COOPERATIVE_MATRIX.enableIn(plain);
            assertThat(VulkanFeature.COOPERATIVE_MATRIX.isIn(plain)).isTrue();

            FeatureChain coop = FeatureChain.calloc(s, List.of("VK_NV_cooperative_matrix"));
            assertThat(coop.v12().pNext()).isEqualTo(coop.cooperativeMatrixNV().address());
            assertThat(VulkanFeature.COOPERATIVE_MATRIX.isIn(coop)).isFalse();
        }
        assertThat(VulkanFeature.COOPERATIVE_MATRIX.extension()).contains("VK_NV_cooperative_matrix");
        assertThat(VulkanFeature.SHADER_FLOAT16.extension()).isEmpty();
    }

    @Test
    void componentTypesAreNamedAsTccNamesElementTypes() {
        assertThat(CooperativeMatrixShape.componentName(0)).isEqualTo("f16");
        assertThat(CooperativeMatrixShape.componentName(1)).isEqualTo("f32");
        assertThat(CooperativeMatrixShape.componentName(3)).isEqualTo("i8");
        assertThat(CooperativeMatrixShape.componentName(5)).isEqualTo("i32");
        assertThat(CooperativeMatrixShape.componentName(10)).isEqualTo("u64");
        assertThat(CooperativeMatrixShape.F16_F32_16X16X16).hasToString("16x16x16 f16xf16+f32->f32")
                .isEqualTo(new CooperativeMatrixShape(16, 16, 16, "f16", "f16", "f32", "f32"));
    }
}
