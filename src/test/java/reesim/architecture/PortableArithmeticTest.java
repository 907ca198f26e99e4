package reesim.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run is byte-identical on every machine: java.lang.Math's transcendental functions may use CPU-specific
 * intrinsics whose last bit differs between processors (seeded runs diverged between two machines with the same
 * JDK), so product code calls StrictMath's, which are specified bit for bit.
 */
class PortableArithmeticTest {
    private static final String[] MACHINE_DEPENDENT = {"pow", "exp", "log", "log10", "log1p", "expm1", "sin", "cos", "tan",
            "asin", "acos", "atan", "atan2", "cbrt", "hypot", "sinh", "cosh", "tanh"};

    @Test
    void productCodeCallsStrictMathForTranscendentalFunctions() {
        JavaClasses product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("reesim");
        assertThat(product.size()).as("product classes found (the rule is not checked on nothing)").isGreaterThan(100);
        for (String f : MACHINE_DEPENDENT) {
            noClasses().should().callMethodWhere(target(owner(name("java.lang.Math"))).and(target(name(f))))
                    .because("Math." + f + " may differ in the last bit between CPUs; StrictMath." + f + " does not")
                    .check(product);
        }
    }
}
