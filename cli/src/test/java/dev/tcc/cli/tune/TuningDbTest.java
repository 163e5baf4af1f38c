package dev.tcc.cli.tune;

import dev.tcc.passes.lower.KernelKey;
import dev.tcc.passes.lower.Tuning;
import dev.tcc.passes.lower.TuningSpace;
import dev.tcc.runtime.DeviceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The tuning database file: round trip, corrupt and stale contents, atomic replacement. */
class TuningDbTest {
    @TempDir Path tmp;

    static final DeviceInfo GPU = device("Example GPU", "1.2.3");
    static final KernelKey MATMUL = new KernelKey("matmul", "matmul", List.of("f32[64,64]", "f32[64,64]"), List.of("f32[64,64]"));
    static final KernelKey CONV = new KernelKey("conv+pointwise", "conv", List.of("f32[1,8,16,16]", "f32[8,8,3,3]"), List.of("f32[1,8,16,16]"));

    static DeviceInfo device(String name, String driver) {
        return new DeviceInfo("opencl:0.0", "opencl", "Example", name, "Example Inc.", "GPU", "OpenCL 3.0", driver, "OpenCL C 1.2", 8,
                256, List.of(256L, 256L, 64L), 32768, 1L << 30, 1L << 28, Set.of(), Set.of());
    }

    /** Adds a default record of {@code key} to the database in {@code file} (whatever the file holds) and saves it. */
    private static void addDefault(Path file, KernelKey key) {
        TuningDb db = TuningDb.load(file, w -> { });
        db.put(GPU, key, Tuning.DEFAULT, 1, 1, 1);
        db.save();
    }

    private static Tuning stored(Path file, KernelKey key) {
        return TuningDb.load(file, w -> { throw new AssertionError(w); }).lookup(TuningDb.fingerprint(GPU), key);
    }

    @Test
    void recordsSurviveSaveAndLoadPerDeviceAndKernel() {
        Path file = tmp.resolve("db").resolve("tuning.json");
        TuningDb db = TuningDb.load(file, w -> { throw new AssertionError(w); });
        Tuning mm = TuningSpace.with(Tuning.DEFAULT, Map.of("matmul", Tuning.MatMul.space().get(1)));
        Tuning conv = TuningSpace.with(Tuning.DEFAULT, Map.of("conv", Tuning.Conv.forced(Tuning.ConvAlgorithm.IMPLICIT_GEMM), "pointwise", Tuning.Pointwise.space().getFirst()));
        db.put(GPU, MATMUL, mm, 2.0, 1.5, 9);
        db.put(GPU, CONV, conv, 3.0, 2.0, 21);
        db.save();

        TuningDb back = TuningDb.load(file, w -> { throw new AssertionError(w); });
        String fp = TuningDb.fingerprint(GPU);
        assertThat(back.lookup(fp, MATMUL)).isEqualTo(mm);
        assertThat(back.lookup(fp, CONV)).isEqualTo(conv);
        assertThat(back.lookup(TuningDb.fingerprint(device("Example GPU", "1.2.4")), MATMUL)).as("another driver").isNull();
        assertThat(back.onlyDevice("opencl")).isEqualTo(fp);
        assertThat(back.onlyDevice("vulkan")).isNull();
        TuningDb.Lookup l = back.tunings(fp);
        assertThat(l.forKernel(MATMUL)).isEqualTo(mm);
        assertThat(l.source(MATMUL)).isEqualTo("tuned");
        KernelKey other = new KernelKey("matmul", "matmul", List.of("f32[8,8]", "f32[8,8]"), List.of("f32[8,8]"));
        assertThat(l.forKernel(other)).isEqualTo(Tuning.DEFAULT);
        assertThat(l.source(other)).isEqualTo("default");
        assertThat(l.found()).isEqualTo(1);
    }

    @Test
    void aCorruptFileIsIgnoredWithOneWarningLineAndReplacedOnSave() throws Exception {
        Path file = tmp.resolve("tuning.json");
        Files.writeString(file, "{\"format\": \"tcc-tuning\", \"devices\": {\"x\": [1, 2,");
        List<String> warnings = new ArrayList<>();
        TuningDb db = TuningDb.load(file, warnings::add);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.getFirst()).startsWith("warning: ignoring tuning database " + file).doesNotContain("\n");
        assertThat(db.lookup(TuningDb.fingerprint(GPU), MATMUL)).isNull();
        addDefault(file, MATMUL);
        assertThat(stored(file, MATMUL)).isEqualTo(Tuning.DEFAULT);
    }

    @Test
    void aRecordWhoseFieldsNoLongerMatchTheParameterRecordIsIgnored() throws Exception {
        Path file = tmp.resolve("tuning.json");
        addDefault(file, MATMUL);
        Files.writeString(file, Files.readString(file).replace("\"minDim\"", "\"removedField\""));
        assertThat(stored(file, MATMUL)).isNull();
    }

    @Test
    void savingReplacesTheFileByAMoveAndLeavesNoTemporaryFile() throws Exception {
        Path file = tmp.resolve("tuning.json");
        addDefault(file, MATMUL);
        Object before = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        addDefault(file, CONV);
        Object after = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertThat(after).as("a new file (inode) moved over the old one, not the old one rewritten in place").isNotEqualTo(before);
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("tuning.json");
        }
        assertThat(stored(file, MATMUL)).isEqualTo(Tuning.DEFAULT);
        assertThat(stored(file, CONV)).isEqualTo(Tuning.DEFAULT);
    }
}
