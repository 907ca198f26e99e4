package reesim.policy;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.agents.Mine;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.ModelConfig;
import reesim.model.ReeModel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Environmental standards in the baseline model: inspectors close, for rectification, only the open legal mines of a
 * class with a standard in force that have not invested to meet it; without a standard nothing is closed.
 */
class EnvironmentalInspectionTest {
    static final String HEAVY_2007 = "policy.environment.standardFrom={heavy: 2007}", NONE = "policy.environment.standardFrom={}";

    /** Runs 2000-2012 and returns the deposits of the mines closed for rectification; adds the years with closures to {@code closureYears}. */
    private static Set<String> closedMines(ReeModel m, List<Integer> closureYears) {
        Set<String> closed = new HashSet<>();
        for (long t = 0; t < 13 * 12; t++) {
            m.schedule.step(m);
            if (m.population().inspectorate.environmentalClosuresThisTick() > 0) closureYears.add(m.calendar().year(t));
        }
        for (Mine mine : m.mines()) {
            if (mine.getRectifications() > 0) closed.add(mine.getDeposit());
            if (mine.isCompliant()) assertThat(mine.getDeposit()).isEqualTo("ion_clay");
        }
        return closed;
    }

    @Test
    void inspectorsCloseOnlyMinesOfTheClassUnderTheStandardAndOnlyFromItsYear() {
        ReeModel m = TestModels.started(1, HEAVY_2007);
        List<Integer> years = new java.util.ArrayList<>();
        Set<String> deposits = closedMines(m, years);
        assertThat(years).as("closures under the 2007 standard").isNotEmpty().allSatisfy(y -> assertThat(y).isGreaterThanOrEqualTo(2007));
        assertThat(deposits).containsExactly("ion_clay");
    }

    @Test
    void withoutAStandardNoMineIsClosedForRectificationAndNoneInvests() {
        ReeModel m = TestModels.started(1, NONE);
        List<Integer> years = new java.util.ArrayList<>();
        closedMines(m, years);
        assertThat(years).isEmpty();
        assertThat(m.mines()).noneMatch(Mine::isCompliant);
    }

    @Test
    void aStandardRegistersLessIonClayOreThanNoneOverPairedSeeds() {
        // Yao et al. 2021 s3.1: registered ion-clay output fell under environmental pressure; paired seeds 1-3, 2008-2017
        double with = 0, without = 0;
        for (long seed = 1; seed <= 3; seed++) {
            with += registeredIonClay(seed, HEAVY_2007);
            without += registeredIonClay(seed, NONE);
        }
        assertThat(with).isLessThan(0.8 * without);
    }

    private static double registeredIonClay(long seed, String... sets) {
        ReeModel m = TestModels.started(seed, sets);
        double sum = 0;
        for (long t = 0; t < 18 * 12; t++) {
            m.schedule.step(m);
            if (m.calendar().year(t) < 2008) continue;
            for (Mine mine : m.mines()) if (mine.getDeposit().equals("ion_clay")) sum += mine.lastRegistered();
        }
        return sum;
    }

    @Test
    void aStandardForAnUnknownClassOrWithoutInspectionsUnitsIsBadInput() {
        ConfigException e = catchThrowableOfType(() -> ConfigLoader.load(TestModels.BASELINE,
                List.of("policy.environment.standardFrom={medium: 2007}", "policy.environment.paybackYears=0"), ModelConfig.class), ConfigException.class);
        assertThat(e.problems()).extracting(p -> p.path())
                .containsExactlyInAnyOrder("policy.environment.standardFrom.medium", "policy.environment.paybackYears");
    }
}
