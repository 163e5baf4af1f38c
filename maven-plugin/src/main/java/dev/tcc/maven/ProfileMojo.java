package dev.tcc.maven;

import dev.tcc.api.profile.DeviceClass;
import dev.tcc.api.profile.ModelProfile;
import dev.tcc.compiler.Compilation;
import dev.tcc.compiler.Compiler;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Backends;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Profiles every ONNX model under {@code onnxDirectory} as {@code tcc profile} does (FLOPs, bytes, a roofline
 * latency bound per device class) and fails the build when a model is predicted over {@code budget} on one
 * of {@code devices}. Writes {@code NAME.json} per model into {@code reportDirectory}.
 */
@Mojo(name = "profile", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ProfileMojo extends AbstractMojo {

    /** Where the ONNX models are. */
    @Parameter(property = "tcc.onnxDirectory", defaultValue = "${project.basedir}/src/main/onnx")
    File onnxDirectory;

    /** The latency budget, e.g. {@code 150ms} or {@code 0.2s}; none means report only. */
    @Parameter(property = "tcc.budget")
    String budget;

    /** Device classes to check (phone, laptop-igpu, apple-m, discrete-gpu); empty means all. */
    @Parameter(property = "tcc.devices")
    List<String> devices;

    /** The target whose kernels are profiled. */
    @Parameter(property = "tcc.profileTarget", defaultValue = "opencl")
    String target;

    /** Fail the build when over budget (otherwise only warn). */
    @Parameter(property = "tcc.failOverBudget", defaultValue = "true")
    boolean failOverBudget;

    /** Where the JSON reports go. */
    @Parameter(defaultValue = "${project.build.directory}/tcc-profile")
    File reportDirectory;

    /** Skips the goal. */
    @Parameter(property = "tcc.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) return;
        double seconds;
        List<DeviceClass> classes;
        try {
            seconds = budget == null || budget.isBlank() ? 0 : ModelProfile.parseBudget(budget);
            classes = devices == null || devices.isEmpty() ? DeviceClass.table() : devices.stream().map(DeviceClass::named).toList();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("tcc profile: " + e.getMessage());
        }
        List<String> over = new ArrayList<>();
        for (Path model : Models.find(onnxDirectory.toPath())) {
            try {
                Backend b = Backends.byName(target);
                Compilation c = Compiler.compile(model, b.codegen(), b.codegen().portable(), Compiler.Options.DEFAULT);
                ModelProfile p = ModelProfile.of(c);
                List<ModelProfile.Prediction> pr = p.predict(classes, seconds);
                for (String line : p.table(pr, seconds).split("\n")) getLog().info(line);
                Files.createDirectories(reportDirectory.toPath());
                Files.writeString(reportDirectory.toPath().resolve(Models.folder(Models.stem(model)) + ".json"), p.json(pr, seconds), StandardCharsets.UTF_8);
                for (ModelProfile.Prediction x : pr) {
                    if (!x.withinBudget()) {
                        over.add(String.format(Locale.ROOT, "%s: predicted %.3f ms on %s", model.getFileName(), x.millis(), x.device().name()));
                    }
                }
            } catch (IOException e) {
                throw new MojoExecutionException(model + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new MojoFailureException("tcc: " + model + ": " + e.getMessage(), e);
            }
        }
        if (!over.isEmpty()) {
            String msg = "tcc profile: over the latency budget " + budget + ": " + String.join("; ", over);
            if (failOverBudget) throw new MojoFailureException(msg);
            getLog().warn(msg);
        }
    }
}
