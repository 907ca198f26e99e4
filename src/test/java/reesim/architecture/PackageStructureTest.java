package reesim.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package structure of docs/architecture.md: no cycles, and each layer sees only what is below it. */
class PackageStructureTest {
    private static JavaClasses product;

    @BeforeAll
    static void importProductClasses() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("reesim");
        assertThat(product.size()).as("product classes found").isGreaterThan(100);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching("reesim.(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void agentsSeeTheModelOnlyThroughTheKernelContext() {
        noClasses().that().resideInAPackage("reesim.agents..")
                .should().dependOnClassesThat().resideInAnyPackage("reesim.model..", "reesim.policy..", "reesim.output..", "reesim.gui..")
                .check(product);
    }

    @Test
    void theKernelImportsNothingAboveIt() {
        noClasses().that().resideInAnyPackage("reesim.kernel..", "reesim.market..", "reesim.ledger..")
                .should().dependOnClassesThat().resideInAnyPackage("reesim.agents..", "reesim.policy..", "reesim.model..",
                        "reesim.output..", "reesim.gui..", "reesim.cli..", "reesim.experiment..", "reesim.calibration..", "reesim.report..")
                .check(product);
    }

    @Test
    void theModelDoesNotKnowItsObservers() {
        noClasses().that().resideInAnyPackage("reesim.model..", "reesim.policy..", "reesim.agents..", "reesim.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("reesim.output..", "reesim.gui..", "reesim.calibration..", "reesim.experiment..")
                .check(product);
    }
}
