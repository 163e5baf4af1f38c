package dev.tcc.bench;

import dev.tcc.runtime.Backends;
import dev.tcc.runtime.DeviceInfo;
import dev.tcc.runtime.Devices;
import dev.tcc.runtime.opencl.OpenClDevice;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.net.InetAddress;
import java.text.DecimalFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Turns a JMH JSON result into {@code docs/bench/}'s Markdown table (tcc beside each peer, with the ratio
 * and effective rates; the date, machine and device in the header) and a PNG grouped bar chart of the ratios
 * on a log axis. Usage: {@code Report results.json out-dir [command]}.
 */
public final class Report {
    private Report() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) throw new IllegalArgumentException("usage: Report results.json out-dir [command]");
        List<Results.Comparison> rows = Results.read(Path.of(args[0]));
        Path out = Files.createDirectories(Path.of(args[1]));
        String command = args.length > 2 ? args[2] : "";
        Files.writeString(out.resolve("results.md"), markdown(rows, header(command)));
        JFreeChart chart = chart(rows);
        ChartUtils.saveChartAsPNG(out.resolve("ratios.png").toFile(), chart, 1100, 160 + 26 * rows.size());
        System.out.println("wrote " + out.resolve("results.md") + " and " + out.resolve("ratios.png"));
    }

    /** The date, the machine and the OpenCL device the suite ran on. */
    static String header(String command) throws IOException {
        DeviceInfo d = Devices.select(Backends.byName(OpenClDevice.BACKEND), System.getProperty("tcc.bench.device", ""));
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return "# tcc benchmarks\n\n"
                + "- date: " + LocalDate.now() + "\n"
                + "- machine: " + InetAddress.getLocalHost().getHostName() + ", " + cpu + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + "\n"
                + "- load average when the report was written (1, 5, 15 min): " + load[0] + ", " + load[1] + ", " + load[2] + "\n"
                + "- device: " + d.name() + " (" + d.platform() + ", " + d.apiVersion() + ")\n"
                + (command.isEmpty() ? "" : "- command: `" + command + "`\n")
                + "\nTimes are JMH averages per invocation, each a whole run on both sides: inputs uploaded, the work done, outputs read"
                + " back (weights stay on the device). tcc/peer above 1 means tcc is slower. Every case checked tcc's outputs against the"
                + " peer's (the add against a Java sum) before it was timed. tcc kernels ms is the device time of tcc's kernel launches"
                + " alone (OpenCL profiling events; the least of up to three profiled runs in the setup): the rest of tcc ms is transfers and launch overhead.\n"
                + (TccRun.tuneBudget() == null ? "" : "\ntcc's kernels were tuned before timing (`-Dtcc.bench.tune=" + System.getProperty("tcc.bench.tune")
                + "`: tcc tune's search with that budget per case); untuned kernels ms is the tuner's own measurement of the same kernels with"
                + " the templates' default parameters (summed per kernel key, so it can differ from tcc kernels ms when a key launches several times).\n");
    }

    static String markdown(List<Results.Comparison> rows, String header) {
        StringBuilder b = new StringBuilder(header).append('\n');
        boolean tuned = rows.stream().anyMatch(c -> !Double.isNaN(c.defaultKernelMs()));
        b.append("| case | peer | tcc ms | peer ms | tcc/peer | tcc rate | peer rate | tcc kernels ms | tcc kernel rate |")
                .append(tuned ? " untuned kernels ms |\n" : "\n");
        b.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |").append(tuned ? " ---: |\n" : "\n");
        for (Results.Comparison c : rows) {
            boolean k = !Double.isNaN(c.kernelMs());
            b.append(String.format(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.2f | %s | %s | %s | %s |", c.label(), c.peer(), c.tccMs(), c.peerMs(),
                    c.ratio(), c.work().rate(c.tccMs()), c.work().rate(c.peerMs()), k ? String.format(Locale.ROOT, "%.3f", c.kernelMs()) : "",
                    k ? c.work().rate(c.kernelMs()) : ""));
            if (tuned) b.append(Double.isNaN(c.defaultKernelMs()) ? " |" : String.format(Locale.ROOT, " %.3f |", c.defaultKernelMs()));
            b.append('\n');
        }
        return b.toString();
    }

    static JFreeChart chart(List<Results.Comparison> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Results.Comparison c : rows) data.addValue(c.ratio(), c.peer(), c.label());
        JFreeChart chart = ChartFactory.createBarChart("tcc time / peer time (log scale; below 1: tcc faster)", null, "tcc / peer",
                data, PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        double lo = rows.stream().mapToDouble(Results.Comparison::ratio).min().orElse(1);
        double hi = rows.stream().mapToDouble(Results.Comparison::ratio).max().orElse(1);
        LogAxis axis = new LogAxis("tcc / peer");
        axis.setBase(10);
        axis.setTickUnit(new NumberTickUnit(1));
        axis.setNumberFormatOverride(new DecimalFormat("0.###"));
        axis.setRange(Math.min(lo, 1) / 2, Math.max(hi, 1) * 2);
        plot.setRangeAxis(axis);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.00")));
        bars.setDefaultItemLabelsVisible(true);
        bars.setItemMargin(0.02);
        bars.setShadowVisible(false);
        Color[] palette = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e)};
        for (int i = 0; i < data.getRowCount(); i++) bars.setSeriesPaint(i, palette[i % palette.length]);
        plot.addRangeMarker(new ValueMarker(1, Color.BLACK, new BasicStroke(1.5f)));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }
}
