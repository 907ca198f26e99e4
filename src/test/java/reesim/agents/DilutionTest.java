package reesim.agents;

import org.junit.jupiter.api.Test;
import reesim.agents.rules.LaggedShare;
import reesim.config.DilutionConfig;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Dilution on its own: Ce in place of part of Pr+Nd when the saving pays for the lower grade, with lags. */
class DilutionTest {
    static final List<String> ELEMENTS = List.of("Ce", "Pr", "Nd", "Dy");
    static final int CE = 0, PR = 1, ND = 2, DY = 3;
    static final double[] MIX = {0, 0.2, 0.7, 0.1};
    static final int YEAR = 2025;

    static DilutionConfig config(double penalty, double spread, double adoptionYears, double reversalYears) {
        DilutionConfig c = new DilutionConfig();
        c.enabled = true;
        c.element = "Ce";
        c.replaces = List.of("Pr", "Nd");
        c.availableFrom = YEAR;
        c.maxShare = 0.3;
        c.penalty = penalty;
        c.penaltySpread = spread;
        c.adoptionYears = adoptionYears;
        c.reversalYears = reversalYears;
        return c;
    }

    static double[] prices(double didymium, double ce) { return new double[]{ce, didymium, didymium, 300}; }

    @Test
    void offOrAbsentMeansNoDilution() {
        assertThat(Dilution.of(null, ELEMENTS)).isNull();
        DilutionConfig off = config(10, 0, 0, 0);
        off.enabled = false;
        assertThat(Dilution.of(off, ELEMENTS)).isNull();
    }

    @Test
    void nothingBeforeItsYearWhateverTheSaving() {
        Dilution d = new Dilution(config(10, 0, 0, 0), ELEMENTS);
        double[] mix = MIX.clone();
        for (int month = 0; month < 24; month++) d.decide(YEAR - 1, mix, prices(100, 1));
        d.apply(mix);
        assertThat(d.share()).isZero();
        assertThat(mix).containsExactly(MIX);
    }

    @Test
    void theSavingIsTheMixWeightedPriceOfTheReplacedElementsLessTheAbundantOnes() {
        Dilution d = new Dilution(config(10, 0, 0, 0), ELEMENTS);
        double[] price = {2, 80, 40, 300};
        d.decide(YEAR, MIX, price);
        assertThat(d.saving()).isCloseTo((0.2 * 80 + 0.7 * 40) / 0.9 - 2, within(1e-12));
    }

    @Test
    void takesTheShareOfGradesWhosePenaltyTheSavingExceeds() {
        // penalty uniform on 10 +/- 50 %: a saving of 10 pays for half the grades
        Dilution d = new Dilution(config(10, 0.5, 0, 0), ELEMENTS);
        assertThat(d.decide(YEAR, MIX, prices(12, 2))).isCloseTo(0.3 * 0.5, within(1e-12));
        assertThat(d.decide(YEAR, MIX, prices(17, 1))).isCloseTo(0.3, within(1e-12));
        assertThat(d.decide(YEAR, MIX, prices(6, 1))).isZero();
    }

    @Test
    void keepsTheMixTotalAndMovesTheShareOfTheReplacedContentToTheAbundantElement() {
        Dilution d = new Dilution(config(0, 0, 0, 0), ELEMENTS);
        d.decide(YEAR, MIX, prices(50, 1));
        double[] mix = MIX.clone();
        d.apply(mix);
        assertThat(mix[CE]).isCloseTo(0.3 * 0.9, within(1e-12));
        assertThat(mix[PR]).isCloseTo(0.2 * 0.7, within(1e-12));
        assertThat(mix[ND]).isCloseTo(0.7 * 0.7, within(1e-12));
        assertThat(mix[DY]).isEqualTo(MIX[DY]);
        assertThat(mix[CE] + mix[PR] + mix[ND] + mix[DY]).isCloseTo(1, within(1e-12));
    }

    @Test
    void adoptsWithALagAndFallsBackMoreSlowly() {
        Dilution d = new Dilution(config(10, 0, 2, 6), ELEMENTS);
        for (int month = 0; month < 24; month++) d.decide(YEAR, MIX, prices(50, 1));
        // after one time constant about 63 % of the way
        assertThat(d.share()).isCloseTo(0.3 * (1 - Math.pow(1 - LaggedShare.weight(2), 24)), within(1e-12))
                .isBetween(0.3 * 0.6, 0.3 * 0.65);
        double adopted = d.share();
        for (int month = 0; month < 24; month++) d.decide(YEAR, MIX, prices(5, 1));
        double lostIn2Years = adopted - d.share();
        assertThat(lostIn2Years).isPositive().isLessThan(adopted * 0.5);
    }
}
