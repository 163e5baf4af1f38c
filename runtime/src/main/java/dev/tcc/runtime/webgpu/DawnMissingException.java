package dev.tcc.runtime.webgpu;

import dev.tcc.runtime.NoDeviceException;

/**
 * Dawn ({@code libwebgpu_wrapper.so}) or a Vulkan driver it accepts is missing. The message is one line that
 * says what to install.
 */
public final class DawnMissingException extends NoDeviceException {
    /** How to get Dawn: the npm packages pinned in {@code web/package-lock.json}. */
    public static final String LIBRARY_HINT = "run `npm ci --prefix web` in the tcc checkout (or point "
            + DawnLibrary.PROPERTY + " / " + DawnLibrary.ENV + " at libwebgpu_wrapper.so)";
    /** How to get a Vulkan driver Dawn accepts on Debian 12. */
    public static final String DRIVER_HINT = "install Mesa 25 lavapipe: scripts/install-deps.sh "
            + "(apt-get install -t bookworm-backports mesa-vulkan-drivers)";

    public DawnMissingException(String message) { super(message); }

    public DawnMissingException(String message, Throwable cause) { super(message, cause); }
}
