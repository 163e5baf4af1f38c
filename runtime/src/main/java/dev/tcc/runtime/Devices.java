package dev.tcc.runtime;

import java.util.ArrayList;
import java.util.List;

/** Finds the devices tcc can use, over every back-end of {@link Backends}, and opens them. */
public final class Devices {
    private Devices() {}

    /**
     * The devices found and, for each back-end that found none, why.
     *
     * @param devices  every usable device, in a stable order
     * @param problems one line per back-end that failed or found nothing, with what to install
     */
    public record Discovery(List<DeviceInfo> devices, List<String> problems) {
        public Discovery {
            devices = List.copyOf(devices);
            problems = List.copyOf(problems);
        }

        /** Text for {@code tcc devices}: each device's description, then the problems. */
        public String describe() {
            StringBuilder b = new StringBuilder();
            for (DeviceInfo d : devices) b.append(d.describe()).append('\n');
            if (devices.isEmpty()) b.append("no devices found\n");
            for (String p : problems) b.append("note: ").append(p).append('\n');
            return b.toString();
        }
    }

    private static Discovery discovered;

    /**
     * Looks for devices on every back-end, once per process (drivers do not come and go while tcc runs, and
     * concurrent platform queries from many threads have returned no platforms on the ICD loader); never
     * throws for a missing driver (see {@link Discovery#problems}).
     */
    public static synchronized Discovery discover() {
        if (discovered == null) {
            List<DeviceInfo> devices = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Backend b : Backends.all()) b.discover(devices, problems);
            discovered = new Discovery(devices, problems);
        }
        return discovered;
    }

    /** Every usable device. */
    public static List<DeviceInfo> list() { return discover().devices(); }

    /** Opens a device found by {@link #discover}. */
    public static Device open(DeviceInfo info) {
        return Backends.byName(info.backend()).open(info);
    }

    /**
     * Opens the device whose id, name or platform contains {@code query} (case-insensitive), or the
     * first GPU, else the first device, when {@code query} is empty.
     *
     * @throws NoDeviceException naming what was found and what to install
     */
    public static Device open(String query) { return open(select(query)); }

    /**
     * The device {@link #open(String)} opens for {@code query}: the one whose id, name or platform contains it
     * (case-insensitive), or the first GPU, else the first device, when {@code query} is empty.
     *
     * @throws NoDeviceException naming what was found and what to install
     */
    public static DeviceInfo select(String query) { return select(null, query); }

    /**
     * {@link #select(String)} among the devices of {@code backend} (every back-end when null).
     *
     * @throws NoDeviceException naming what was found and what to install
     */
    public static DeviceInfo select(Backend backend, String query) {
        Discovery d = discover();
        List<DeviceInfo> devices = d.devices().stream().filter(i -> backend == null || i.backend().equals(backend.name())).toList();
        if (devices.isEmpty()) {
            throw new NoDeviceException("no " + (backend == null ? "" : backend.name() + " ") + "device found ("
                    + String.join("; ", d.problems()) + ")");
        }
        String q = query == null ? "" : query.toLowerCase(java.util.Locale.ROOT);
        for (DeviceInfo i : devices) {
            String hay = (i.id() + " " + i.name() + " " + i.platform()).toLowerCase(java.util.Locale.ROOT);
            if (!q.isEmpty() && hay.contains(q)) return i;
        }
        if (!q.isEmpty()) {
            throw new NoDeviceException("no " + (backend == null ? "" : backend.name() + " ") + "device matches '" + query
                    + "'; found: " + devices.stream().map(i -> i.id() + " " + i.name()).toList());
        }
        return devices.stream().filter(i -> i.type().equals("GPU")).findFirst().orElse(devices.getFirst());
    }
}
