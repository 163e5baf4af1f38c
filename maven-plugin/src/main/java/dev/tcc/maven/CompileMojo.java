package dev.tcc.maven;

import dev.tcc.api.Port;
import dev.tcc.compiler.Compilation;
import dev.tcc.compiler.Compiler;
import dev.tcc.frontend.onnx.OnnxImporter;
import dev.tcc.frontend.onnx.proto.Onnx.ModelProto;
import dev.tcc.ir.Graph;
import dev.tcc.ir.Value;
import dev.tcc.runtime.Backend;
import dev.tcc.runtime.Backends;
import dev.tcc.runtime.exec.Artefact;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Compiles every ONNX model under {@code onnxDirectory} for each of {@code targets} into an artefact under
 * the generated resources ({@code tcc/models/NAME/TARGET/}, beside a copy of the model for the reference
 * interpreter), and writes one typed class per model with a {@code Result} record into the generated sources.
 * Incremental: a model whose bytes, targets and plugin version are unchanged since the last build is not
 * compiled again.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class CompileMojo extends AbstractMojo {

    /** Where the ONNX models are; every {@code *.onnx} below it is compiled. */
    @Parameter(property = "tcc.onnxDirectory", defaultValue = "${project.basedir}/src/main/onnx")
    File onnxDirectory;

    /** The device targets to pack artefacts for ({@code opencl}); the reference interpreter is always available. */
    @Parameter(property = "tcc.targets", defaultValue = "opencl")
    List<String> targets;

    /** The package of the generated classes. */
    @Parameter(property = "tcc.package", defaultValue = "tcc.models")
    String packageName;

    /** Where the generated classes go (added as a compile source root). */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/tcc")
    File sourceDirectory;

    /** Where the artefacts and model copies go (added as a resource folder). */
    @Parameter(defaultValue = "${project.build.directory}/generated-resources/tcc")
    File resourceDirectory;

    /** Where the incremental build keeps one stamp per model. */
    @Parameter(defaultValue = "${project.build.directory}/tcc-stamps")
    File stampDirectory;

    /** Skips the goal. */
    @Parameter(property = "tcc.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    static final String VERSION = "0.1.0";

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tcc: skipped");
            return;
        }
        project.addCompileSourceRoot(sourceDirectory.getAbsolutePath());
        Resource r = new Resource();
        r.setDirectory(resourceDirectory.getAbsolutePath());
        project.addResource(r);
        List<Path> models = Models.find(onnxDirectory.toPath());
        if (models.isEmpty()) {
            getLog().info("tcc: no models under " + onnxDirectory);
            return;
        }
        for (Path model : models) compile(model);
    }

    private void compile(Path model) throws MojoExecutionException, MojoFailureException {
        String stem = Models.stem(model), folder = Models.folder(stem), cls = Models.className(stem);
        Path stamp = stampDirectory.toPath().resolve(folder + ".stamp");
        Path source = sourceDirectory.toPath().resolve(packageName.replace('.', '/')).resolve(cls + ".java");
        String resource = "tcc/models/" + folder;
        Path resDir = resourceDirectory.toPath().resolve(resource);
        try {
            String key = sha256(Files.readAllBytes(model)) + " targets=" + targets + " package=" + packageName + " plugin=" + VERSION;
            if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(key) && Files.isRegularFile(source)
                    && Files.isRegularFile(resDir.resolve("model.onnx"))) {
                getLog().info("tcc: " + model.getFileName() + " is up to date");
                return;
            }
            getLog().info("tcc: compiling " + model.getFileName() + " for " + targets + " -> " + packageName + "." + cls);
            ModelProto proto = OnnxImporter.readModel(model);
            Graph graph = null;
            for (String t : targets) {
                Backend b = Backends.byName(t);
                Compilation c = Compiler.compile(model, b.codegen(), b.codegen().portable(), Compiler.Options.DEFAULT);
                Artefact.write(c.rendered(), b.codegen(), resDir.resolve(t), true);
                graph = c.graph();
            }
            if (graph == null) graph = Compiler.optimise(proto, model, Compiler.Options.DEFAULT).graph();
            Files.createDirectories(resDir);
            Files.copy(model, resDir.resolve("model.onnx"), StandardCopyOption.REPLACE_EXISTING);
            String producer = (proto.getProducerName() + " " + proto.getProducerVersion()).strip();
            String doc = (proto.getDocString() + " " + proto.getGraph().getDocString()).strip();
            ClassWriter.write(new ClassWriter.Spec(packageName, cls, model.getFileName().toString(), resource, List.copyOf(targets), graph.name(),
                    producer, doc, ports(graph.inputs()), outputs(graph)), sourceDirectory.toPath());
            Files.createDirectories(stamp.getParent());
            Files.writeString(stamp, key, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException(model + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoFailureException("tcc: " + model + ": " + e.getMessage(), e);
        }
    }

    private static List<Port> ports(List<Value> values) {
        return values.stream().map(v -> new Port(v.name(), v.type().dtype().irName(), v.type().shape().dims())).toList();
    }

    /** The outputs under the model's own names (the graph's values may have been renamed by the passes). */
    private static List<Port> outputs(Graph g) {
        List<Port> out = new java.util.ArrayList<>();
        for (int i = 0; i < g.outputs().size(); i++) {
            Value v = g.outputs().get(i);
            String name = i < g.outputNames().size() ? g.outputNames().get(i) : v.name();
            out.add(new Port(name, v.type().dtype().irName(), v.type().shape().dims()));
        }
        return out;
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
