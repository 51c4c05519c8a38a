package org.minping.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the module arrows one-way: portal-web → moderation → appraisal-core. */
class ArchitectureTest {

    private static final JavaClasses MINPING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.minping");

    @Test
    void theCoreDependsOnNeitherModerationNorTheWeb() {
        noClasses().that().resideInAPackage("org.minping.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.minping.moderation..", "org.minping.web..")
                .check(MINPING);
    }

    @Test
    void moderationDoesNotDependOnTheWeb() {
        noClasses().that().resideInAPackage("org.minping.moderation..")
                .should().dependOnClassesThat().resideInAPackage("org.minping.web..")
                .check(MINPING);
    }

    @Test
    void neitherCoreNorModerationKnowsShiroOrJsf() {
        noClasses().that().resideInAnyPackage("org.minping.core..", "org.minping.moderation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.shiro..", "jakarta.faces..",
                        "org.primefaces..", "jakarta.ws.rs..")
                .check(MINPING);
    }

    @Test
    void theModerationRulesArePure() {
        noClasses().that().resideInAPackage("org.minping.moderation.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "java.sql..", "java.net..")
                .check(MINPING);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.minping.(*)..").should().beFreeOfCycles().check(MINPING);
    }
}
