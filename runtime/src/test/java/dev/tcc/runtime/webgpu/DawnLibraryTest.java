package dev.tcc.runtime.webgpu;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finding libwebgpu_wrapper.so, and the one-line error when it is absent (no native code runs here). */
class DawnLibraryTest {
    @Test
    void missingLibraryNamesTheFix(@TempDir Path empty) {
        assertThatThrownBy(() -> DawnLibrary.locate(null, null, empty))
                .isInstanceOf(DawnMissingException.class)
                .hasMessageContaining("Dawn (libwebgpu_wrapper.so) not found")
                .hasMessageContaining("npm ci --prefix web")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void propertyNamingAMissingFileIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> DawnLibrary.locate(dir.resolve("nope.so").toString(), null, dir))
                .isInstanceOf(DawnMissingException.class)
                .hasMessageContaining("-D" + DawnLibrary.PROPERTY)
                .hasMessageContaining("npm ci --prefix web");
    }

    @Test
    void foundInAParentDirectory(@TempDir Path checkout) throws Exception {
        Path lib = checkout.resolve(DawnLibrary.RELATIVE);
        Files.createDirectories(lib.getParent());
        Files.writeString(lib, "");
        Path module = Files.createDirectories(checkout.resolve("runtime/target"));
        assertThat(DawnLibrary.locate(null, null, module)).isEqualTo(lib);
        assertThat(DawnLibrary.locate("", lib.toString(), module)).isEqualTo(lib.toAbsolutePath());
    }

    @Test
    void layoutsMatchWebGpuH() {
        assertThat(WebGpuAbi.checkLayouts()).isEmpty();
    }
}
