package cn.xj.titlereview.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout the README describes, kept by the build: packages form no cycle, the shared process
 * vocabulary depends on nothing of the product, the declaration on nothing of the application record,
 * the engine is touched by its adapters only, and the experts' packages never reach personal data.
 * Run alone: {@code mvn test -Dtest=ArchitectureTest}.
 */
class ArchitectureTest {

    private static final String BASE = "cn.xj.titlereview";

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void packagesFormNoCycle() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(PRODUCT);
    }

    @Test
    void processVocabularyDependsOnNothingOfTheProduct() {
        classes().that().resideInAPackage(BASE + ".process")
                .should().onlyDependOnClassesThat().resideInAnyPackage(BASE + ".process", "java..", "org.camunda..")
                .because("every stage and every notice may use the vocabulary without pulling a feature in")
                .check(PRODUCT);
    }

    @Test
    void declarationKnowsNothingOfTheApplicationRecordOrItsChecks() {
        noClasses().that().resideInAPackage(BASE + ".declaration")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".application..", BASE + ".eligibility..")
                .because("what a person declares is checked and stored by others, never the other way round")
                .check(PRODUCT);
    }

    @Test
    void eligibilityReadsTheDeclarationOnly() {
        noClasses().that().resideInAPackage(BASE + ".eligibility")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".application..")
                .check(PRODUCT);
    }

    @Test
    void applicationAndDeclarationTouchTheEngineOnlyThroughTheirAdapter() {
        noClasses().that().resideInAnyPackage(BASE + ".application", BASE + ".declaration", BASE + ".attachment")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("the engine boundary of an application is application.engine")
                .check(PRODUCT);
    }

    @Test
    void eligibilityTouchesTheEngineOnlyForItsDecisionTables() {
        noClasses().that().resideInAPackage(BASE + ".eligibility")
                .and().doNotHaveSimpleName("DmnEligibilityDecisions")
                .and().doNotHaveSimpleName("Evaluator")
                .and().doNotHaveSimpleName("EligibilityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(PRODUCT);
    }

    @Test
    void theExpertsVoteAndTheProcessVocabularyNeverReachPersonalData() {
        noClasses().that().resideInAnyPackage(BASE + ".vote", BASE + ".process", BASE + ".notice.process")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".declaration..", BASE + ".application..",
                        BASE + ".attachment..")
                .because("blind review: what an expert's task reaches holds no name, unit or ID number")
                .check(PRODUCT);
    }
}
