package dev.tcc.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.tcc.cli.targets.Target;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module graph is the architecture (see ../shared/docs/ARCHITECTURE.md): these rules keep its edges
 * honest at the class level, beyond what Maven's module dependencies already forbid.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.tcc");
    }

    @Test
    void runtimeNeverSeesTheImporterOrTheCompiler() {
        noClasses().that().resideInAPackage("dev.tcc.runtime..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.tcc.frontend..", "dev.tcc.passes..", "dev.tcc.compiler..")
                .because("a compiled artefact runs without the ONNX importer and without the compiler").check(classes);
    }

    @Test
    void theCompilerNeedsNoDevice() {
        noClasses().that().resideInAPackage("dev.tcc.compiler..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.tcc.runtime..", "dev.tcc.cli..", "org.lwjgl..")
                .because("compiling needs no device: build servers and the Maven plugin have none").check(classes);
    }

    @Test
    void noCommandAsksWhichTargetItHas() {
        classes().that().resideInAPackage("dev.tcc.cli..").and().resideOutsideOfPackage("dev.tcc.cli.targets..")
                .should(new ArchCondition<JavaClass>("make no instanceof check on a concrete target") {
                    @Override public void check(JavaClass c, ConditionEvents events) {
                        for (InstanceofCheck i : c.getInstanceofChecks()) {
                            JavaClass t = i.getRawType();
                            if (!t.isInterface() && t.isAssignableTo(Target.class)) {
                                events.add(SimpleConditionEvent.violated(i, c.getName() + " tests instanceof " + t.getName() + " " + i.getSourceCodeLocation()));
                            }
                        }
                    }
                }).because("targets differ through the Target interface, not through branches in commands").check(classes);
    }

    @Test
    void irDependsOnNothingElseOfTcc() {
        noClasses().that().resideInAPackage("dev.tcc.ir..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.tcc.frontend..", "dev.tcc.passes..", "dev.tcc.codegen..", "dev.tcc.runtime..", "dev.tcc.cli..")
                .check(classes);
    }

    @Test
    void renderersSeeOnlyKernelIr() {
        noClasses().that().resideInAPackage("dev.tcc.codegen..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.tcc.frontend..", "dev.tcc.passes..", "dev.tcc.runtime..", "dev.tcc.cli..", "dev.tcc.ir.interp..",
                        "dev.tcc.compiler..")
                .because("no renderer sees the graph or its interpreter").check(classes);
    }

    @Test
    void passesDoNotDependOnFrontendOrRuntime() {
        noClasses().that().resideInAPackage("dev.tcc.passes..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.tcc.frontend..", "dev.tcc.runtime..", "dev.tcc.cli..").check(classes);
    }
}
