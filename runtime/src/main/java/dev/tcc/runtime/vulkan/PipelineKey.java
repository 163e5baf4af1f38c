package dev.tcc.runtime.vulkan;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What makes two pipelines the same: the SPIR-V's SHA-256, the entry point, the interface sizes and the
 * specialisation constants (constant id to 32-bit value, sorted by id).
 */
record PipelineKey(String spirvSha256, String entryPoint, int storageBuffers, int pushConstantBytes,
                   SortedMap<Integer, Integer> specialization) {
    PipelineKey {
        specialization = Collections.unmodifiableSortedMap(new TreeMap<>(specialization));
    }

    static PipelineKey of(int[] spirv, String entryPoint, int storageBuffers, int pushConstantBytes,
                          Map<Integer, Integer> specialization) {
        Spirv.check(spirv);
        if (storageBuffers < 0) throw new IllegalArgumentException("storageBuffers must be >= 0: " + storageBuffers);
        if (pushConstantBytes < 0 || pushConstantBytes % 4 != 0) {
            throw new IllegalArgumentException("pushConstantBytes must be a non-negative multiple of 4: " + pushConstantBytes);
        }
        ByteBuffer bytes = ByteBuffer.allocate(spirv.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asIntBuffer().put(spirv);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes.array());
            return new PipelineKey(HexFormat.of().formatHex(digest), entryPoint, storageBuffers, pushConstantBytes,
                    new TreeMap<>(specialization));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK has SHA-256", e);
        }
    }

    @Override public String toString() {
        return "spirv " + spirvSha256.substring(0, 12) + " " + entryPoint + " (" + storageBuffers + " buffers, "
                + pushConstantBytes + " push-constant bytes" + (specialization.isEmpty() ? "" : ", constants " + specialization)
                + ")";
    }
}
