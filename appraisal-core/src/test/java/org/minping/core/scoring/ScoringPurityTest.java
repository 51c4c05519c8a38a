package org.minping.core.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scoring engine is pure: it may use nothing but the Java platform and itself. */
class ScoringPurityTest {

    @Test
    void scoringDependsOnlyOnJava() {
        classes().that().resideInAPackage("org.minping.core.scoring..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.minping.core.scoring..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.minping.core.scoring"));
    }
}
