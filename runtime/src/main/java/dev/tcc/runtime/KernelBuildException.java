package dev.tcc.runtime;

/** The device compiler rejected a kernel. The message holds the kernel name, the device and the build log. */
public class KernelBuildException extends DeviceException {
    private final String kernelName;
    private final String buildLog;
    private final String source;

    public KernelBuildException(String kernelName, String device, String buildLog, String source) {
        super("building kernel '" + kernelName + "' failed on " + device + "; build log:\n" + buildLog.strip()
                + "\n--- source ---\n" + numbered(source));
        this.kernelName = kernelName;
        this.buildLog = buildLog;
        this.source = source;
    }

    public String kernelName() { return kernelName; }

    public String buildLog() { return buildLog; }

    public String source() { return source; }

    private static String numbered(String source) {
        String[] lines = source.split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i == lines.length - 1 && lines[i].isEmpty()) break;
            b.append(String.format("%4d  %s%n", i + 1, lines[i]));
        }
        return b.toString();
    }
}
