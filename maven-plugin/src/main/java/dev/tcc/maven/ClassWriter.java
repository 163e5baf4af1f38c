package dev.tcc.maven;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tcc.api.Port;

import javax.lang.model.element.Modifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes one typed class per model with JavaPoet. */
final class ClassWriter {
    private ClassWriter() {}

    static final ClassName MODEL = ClassName.get("dev.tcc.api", "Model");
    static final ClassName TENSOR = ClassName.get("dev.tcc.api", "Tensor");
    static final ClassName TARGET = ClassName.get("dev.tcc.api", "Target");
    static final ClassName OUTPUTS = ClassName.get("dev.tcc.api", "Outputs");
    static final ClassName API_EXCEPTION = ClassName.get("dev.tcc.api", "TccApiException");

    /** What the class describes. */
    record Spec(String packageName, String className, String fileName, String resource, List<String> targets, String graphName,
                String producer, String doc, List<Port> inputs, List<Port> outputs) {}

    private static String type(Port p) { return p.dtype() + Arrays.toString(p.shape()); }

    private static TypeName arrayType(Port p) {
        return switch (p.dtype()) {
            case "f32" -> TypeName.get(float[].class);
            case "i64" -> TypeName.get(long[].class);
            case "i32" -> TypeName.get(int[].class);
            default -> null;
        };
    }

    private static List<String> ids(List<Port> ports) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (Port p : ports) {
            String id = Models.identifier(p.name());
            while (!seen.add(id)) id = id + "_";
            out.add(id);
        }
        return out;
    }

    static void write(Spec s, Path sourceRoot) throws IOException {
        ClassName self = ClassName.get(s.packageName(), s.className());
        ClassName result = self.nestedClass("Result");
        List<String> inIds = ids(s.inputs()), outIds = ids(s.outputs());

        TypeSpec.Builder rec = TypeSpec.recordBuilder("Result").addModifiers(Modifier.PUBLIC)
                .addJavadoc("The outputs of one run of {@code $L}.\n\n", s.graphName());
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder();
        for (int i = 0; i < s.outputs().size(); i++) {
            Port p = s.outputs().get(i);
            ctor.addParameter(ParameterSpec.builder(TENSOR, outIds.get(i)).build());
            rec.addJavadoc("@param $L output {@code $L}: {@code $L}\n", outIds.get(i), p.name(), type(p));
        }
        rec.recordConstructor(ctor.build());

        CodeBlock.Builder doc = CodeBlock.builder()
                .add("The ONNX model {@code $L} (graph {@code $L}), compiled by tcc-maven-plugin.\n", s.fileName(), s.graphName());
        if (!s.producer().isBlank()) doc.add("Exported by $L.\n", s.producer());
        if (!s.doc().isBlank()) doc.add("\n<p>$L\n", s.doc().replace("*/", "* /"));
        doc.add("\n<p>Inputs:\n<ul>\n");
        for (int i = 0; i < s.inputs().size(); i++) doc.add("  <li>{@code $L} ({@code $L}): {@code $L}</li>\n", s.inputs().get(i).name(), inIds.get(i), type(s.inputs().get(i)));
        doc.add("</ul>\nOutputs:\n<ul>\n");
        for (int i = 0; i < s.outputs().size(); i++) doc.add("  <li>{@code $L} ({@code $L}): {@code $L}</li>\n", s.outputs().get(i).name(), outIds.get(i), type(s.outputs().get(i)));
        doc.add("</ul>\n\n<p>Packed for the targets $L (artefacts under {@code $L/}) and for the reference interpreter (the model itself).\n"
                + "An instance holds device memory: close it (try-with-resources). {@link #run} calls on one instance are serialised, so\n"
                + "it may be shared between threads; open one per thread to run in parallel.\n", s.targets(), s.resource());

        TypeSpec.Builder cls = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL).addSuperinterface(AutoCloseable.class)
                .addJavadoc(doc.build())
                .addField(FieldSpec.builder(String.class, "RESOURCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The class-path folder holding the model and its artefacts.\n").initializer("$S", s.resource()).build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "TARGETS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The device targets packed as artefacts.\n")
                        .initializer("$T.of($L)", List.class, String.join(", ", s.targets().stream().map(t -> "\"" + t + "\"").toList())).build())
                .addField(MODEL, "model", Modifier.PRIVATE, Modifier.FINAL)
                .addType(rec.build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(MODEL, "model")
                        .addStatement("this.model = model").build())
                .addMethod(MethodSpec.methodBuilder("open").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                        .addJavadoc("Opens the model on {@code target}: the packed artefact on the target's device, or the model itself on\n"
                                + "{@link $T#reference()}.\n\n@throws $T when the target is not packed or has no device\n", TARGET, API_EXCEPTION)
                        .addParameter(TARGET, "target")
                        .addStatement("$T loader = $T.class.getClassLoader()", ClassLoader.class, self)
                        .beginControlFlow("if (target.isReference())")
                        .addStatement("return new $T($T.compileResource(loader, RESOURCE + \"/model.onnx\", target))", self, MODEL)
                        .endControlFlow()
                        .beginControlFlow("if (!TARGETS.contains(target.name()))")
                        .addStatement("throw new $T($S + target.name() + $S + TARGETS)", API_EXCEPTION, "model " + s.fileName() + " is not packed for ", "; packed: ")
                        .endControlFlow()
                        .addStatement("return new $T($T.loadResource(loader, RESOURCE + \"/\" + target.name(), target))", self, MODEL).build())
                .addMethod(MethodSpec.methodBuilder("open").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                        .addJavadoc("Opens the model on the first packed target with a device (the default device), else on the reference interpreter.\n")
                        .beginControlFlow("for (String t : TARGETS)")
                        .beginControlFlow("try")
                        .addStatement("return open($T.parse(t + \":\" + System.getenv().getOrDefault(\"TCC_DEVICE\", \"\")))", TARGET)
                        .nextControlFlow("catch ($T e)", API_EXCEPTION)
                        .addComment("no device for this target: try the next")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("return open($T.reference())", TARGET).build());

        // run(Tensor...) and, where every input has an array type, run(arrays...)
        MethodSpec.Builder runT = MethodSpec.methodBuilder("run").addModifiers(Modifier.PUBLIC).returns(result)
                .addJavadoc("Runs the model once; shapes and element types are checked.\n\n");
        CodeBlock.Builder feed = CodeBlock.builder().add("$T<String, $T> feed = new $T<>();\n", java.util.Map.class, TENSOR, java.util.LinkedHashMap.class);
        for (int i = 0; i < s.inputs().size(); i++) {
            runT.addParameter(TENSOR, inIds.get(i));
            runT.addJavadoc("@param $L input {@code $L}, {@code $L}\n", inIds.get(i), s.inputs().get(i).name(), type(s.inputs().get(i)));
            feed.add("feed.put($S, $L);\n", s.inputs().get(i).name(), inIds.get(i));
        }
        runT.addJavadoc("@return the outputs\n").addCode(feed.build()).addStatement("$T out = model.run(feed)", OUTPUTS);
        CodeBlock.Builder args = CodeBlock.builder();
        for (int i = 0; i < s.outputs().size(); i++) args.add(i == 0 ? "" : ", ").add("out.get($S)", s.outputs().get(i).name());
        runT.addStatement("return new $T($L)", result, args.build());
        cls.addMethod(runT.build());

        boolean arrays = !s.inputs().isEmpty() && s.inputs().stream().allMatch(p -> arrayType(p) != null);
        if (arrays) {
            MethodSpec.Builder runA = MethodSpec.methodBuilder("run").addModifiers(Modifier.PUBLIC).returns(result)
                    .addJavadoc("Runs the model once on arrays in row-major order (lengths checked against the shapes).\n\n");
            CodeBlock.Builder call = CodeBlock.builder();
            for (int i = 0; i < s.inputs().size(); i++) {
                Port p = s.inputs().get(i);
                runA.addParameter(arrayType(p), inIds.get(i));
                runA.addJavadoc("@param $L input {@code $L}, {@code $L}\n", inIds.get(i), p.name(), type(p));
                String factory = switch (p.dtype()) { case "f32" -> "of"; case "i64" -> "ofLongs"; default -> "ofInts"; };
                String dims = String.join(", ", Arrays.stream(p.shape()).mapToObj(d -> d + "L").toList());
                call.add(i == 0 ? "" : ", ").add("$T.$L($L$L)", TENSOR, factory, inIds.get(i), dims.isEmpty() ? "" : ", " + dims);
            }
            runA.addJavadoc("@return the outputs\n").addStatement("return run($L)", call.build());
            cls.addMethod(runA.build());
        }
        cls.addMethod(MethodSpec.methodBuilder("model").addModifiers(Modifier.PUBLIC).returns(MODEL)
                .addJavadoc("The underlying model (ports, target, device).\n").addStatement("return model").build());
        cls.addMethod(MethodSpec.methodBuilder("close").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .addJavadoc("Frees the device memory; idempotent.\n").addStatement("model.close()").build());

        JavaFile.builder(s.packageName(), cls.build()).addFileComment("Generated by tcc-maven-plugin from $L; do not edit.", s.fileName())
                .skipJavaLangImports(true).build().writeTo(sourceRoot);
    }
}
