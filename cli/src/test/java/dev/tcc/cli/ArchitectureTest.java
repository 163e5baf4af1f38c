package dev.tcc.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
    void runtimeNeverSeesTheOnnxImporter() {
        noClasses().that().resideInAPackage("dev.tcc.runtime..").should().dependOnClassesThat().resideInAPackage("dev.tcc.frontend..")
                .because("a compiled artefact runs without the ONNX importer").check(classes);
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
                .resideInAnyPackage("dev.tcc.frontend..", "dev.tcc.passes..", "dev.tcc.runtime..", "dev.tcc.cli..", "dev.tcc.ir.interp..")
                .because("no renderer sees the graph or its interpreter").check(classes);
    }

    @Test
    void passesDoNotDependOnFrontendOrRuntime() {
        noClasses().that().resideInAPackage("dev.tcc.passes..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.tcc.frontend..", "dev.tcc.runtime..", "dev.tcc.cli..").check(classes);
    }
}
