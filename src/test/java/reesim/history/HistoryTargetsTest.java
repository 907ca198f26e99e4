package reesim.history;

import org.junit.jupiter.api.Test;
import reesim.calibration.HistorySpec;
import reesim.calibration.Objective;
import reesim.calibration.Series;
import reesim.calibration.Target;
import reesim.calibration.TargetSet;
import reesim.config.ConfigException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The market's record as calibration targets: which rows, in which form, with which weight. */
class HistoryTargetsTest {
    static HistorySpec spec() {
        HistorySpec s = new HistorySpec();
        s.weights = new java.util.LinkedHashMap<>(java.util.Map.of("nd_domestic_price", 0.5, "usgs_average", 0.1, "fob_domestic_ratio", 1.0,
                "exports_customs", 1.0, "world_mining", 1.0, "china_share", 2.0));
        s.weightWhy = "test";
        s.years = List.of("2000-2009", "2014-2020");
        return s;
    }

    static final HistoryTargets.Result RESULT = HistoryTargets.of(HistoryMappingTest.ALL.comparisons(), spec(), 2000, List.of("ndfeb"));

    static Target line(String line) {
        List<Target> t = RESULT.targets().stream().filter(x -> x.sources().equals(List.of("market_history.csv line " + line))).toList();
        assertThat(t).hasSize(1);
        return t.get(0);
    }

    @Test
    void anNdDomesticPriceIsALogTargetWithinAFactorOneAndAHalf() {
        Target t = line("128");   // Nd oxide ex works 2005, 60,000 RMB/t at 8.09 RMB/USD
        assertThat(t.logError()).isTrue();
        assertThat(t.value()).isCloseTo(60000 / 1000.0 / 8.09, within(1e-9));
        assertThat(t.tolerance()).isCloseTo(0.5, within(1e-12));
        assertThat(t.weight()).isEqualTo(0.5);
        assertThat(t.element()).isEqualTo("Nd");
        assertThat(t.years()).containsExactly(2005);
        assertThat(t.numerator()).as("quotes of late July 2005: the model's July price").containsExactly(new Series(Series.Kind.METRIC, "price_domestic", new Series.Window(7, 7, false)));
        assertThat(t.met(t.value() * 1.49)).isTrue();
        assertThat(t.met(t.value() / 1.51)).isFalse();
    }

    @Test
    void customsExportsAreRelativeTargetsWithTheirClassWeight() {
        Target t = line("38");   // exports_customs 2014
        assertThat(t.logError()).isFalse();
        assertThat(t.tolerance()).isEqualTo(0.25);
        assertThat(t.weight()).isEqualTo(1.0);
        assertThat(Objective.term(t, t.value() * 1.2)).isCloseTo(0.04, within(1e-9));
    }

    @Test
    void withAStockWeightTheIssuesStockTargetIsAnUpperBoundOnTheHighestFitYear() {
        assertThat(RESULT.targets()).noneMatch(t -> t.quantity().equals("producers_stock_years"));
        HistorySpec s = spec();
        s.stockBoundWeight = 2;
        List<Target> stock = HistoryTargets.of(HistoryMappingTest.ALL.comparisons(), s, 2000, List.of("ndfeb", "catalyst")).targets().stream()
                .filter(t -> t.quantity().equals("producers_stock_years")).toList();
        assertThat(stock).hasSize(1);
        Target t = stock.get(0);
        assertThat(t.fromRecord()).isTrue();
        assertThat(t.atMost()).isTrue();
        assertThat(t.atLeast()).isFalse();
        assertThat(t.highestYear()).isTrue();
        assertThat(t.years()).containsExactly(2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2014, 2015, 2016, 2017, 2018, 2019, 2020);
        assertThat(t.value()).isEqualTo(1.0);
        assertThat(t.numerator()).containsExactly(new Series(Series.Kind.STOCK, "producers"));
        assertThat(t.denominator()).containsExactly(new Series(Series.Kind.INPUT, "ndfeb"), new Series(Series.Kind.INPUT, "catalyst"));
        // 16.6 months of use is 38 % over the bound
        assertThat(Objective.term(t, 16.6 / 12)).isCloseTo(2 * Math.pow(16.6 / 12 - 1, 2), within(1e-12));
        assertThat(Objective.term(t, 11.0 / 12)).isZero();

        HistorySpec early = spec();
        early.stockBoundWeight = 2;
        early.years = List.of("2000-2009");
        assertThat(HistoryTargets.of(HistoryMappingTest.ALL.comparisons(), early, 2000, List.of("ndfeb")).targets().stream()
                .filter(x -> x.quantity().equals("producers_stock_years")).findFirst().orElseThrow().years()).containsExactly(2000, 2001, 2002,
                2003, 2004, 2005, 2006, 2007, 2008, 2009);
        assertThat(HistoryTargets.of(HistoryMappingTest.ALL.comparisons(), s, 2021, List.of("ndfeb")).targets())
                .as("a run that starts after the fit years has no stock target").noneMatch(x -> x.quantity().equals("producers_stock_years"));
    }

    @Test
    void withAQuotaWeightTheIssuesQuotaTargetIsALowerBoundOnTheHighestYearOf2005To2009() {
        assertThat(RESULT.targets()).noneMatch(t -> t.quantity().equals("export_quota_use"));
        HistorySpec s = spec();
        s.quotaBindsWeight = 4;
        List<Target> quota = HistoryTargets.of(HistoryMappingTest.ALL.comparisons(), s, 2000, List.of("ndfeb")).targets().stream()
                .filter(t -> t.quantity().equals("export_quota_use")).toList();
        assertThat(quota).hasSize(1);
        Target t = quota.get(0);
        assertThat(t.fromRecord()).isTrue();
        assertThat(t.atLeast()).isTrue();
        assertThat(t.highestYear()).isTrue();
        assertThat(t.years()).containsExactly(2005, 2006, 2007, 2008, 2009);
        assertThat(t.value()).isEqualTo(Acceptance.QUOTA_NEARLY_BINDS);
        assertThat(t.numerator()).containsExactly(new Series(Series.Kind.METRIC, "exports_registered"));
        assertThat(t.denominator()).containsExactly(new Series(Series.Kind.METRIC, "export_quota"));
        assertThat(Objective.term(t, 0.54)).isCloseTo(4 * Math.pow(0.54 / 0.85 - 1, 2), within(1e-12));
    }

    @Test
    void onlyRowsWithAToleranceInTheFitYearsAreTargets() {
        assertThat(RESULT.targets()).isNotEmpty();
        assertThat(RESULT.targets()).allSatisfy(t -> assertThat(t.years().get(0) < 2010 || t.years().get(0) > 2013).isTrue());
        assertThat(RESULT.targets()).noneMatch(t -> t.sources().contains("market_history.csv line 139"));   // La FOB 2007: no tolerance
        assertThat(RESULT.targets()).extracting(Target::id).doesNotHaveDuplicates();
        HistorySpec early = spec();
        early.years = List.of("2000-2009");
        assertThat(HistoryTargets.of(HistoryMappingTest.ALL.comparisons(), early, 2000, List.of("ndfeb")).targets())
                .allSatisfy(t -> assertThat(t.years().get(0)).isLessThanOrEqualTo(2009)).hasSizeLessThan(RESULT.targets().size());
    }

    @Test
    void aClassWithoutAWeightIsNotFittedAndTheClassesAreTheIssuesTolerances() {
        HistorySpec noUsgs = spec();
        noUsgs.weights.remove("usgs_average");
        assertThat(HistoryTargets.of(HistoryMappingTest.ALL.comparisons(), noUsgs, 2000, List.of("ndfeb")).targets()).noneMatch(t -> t.quantity().equals("price_avg_USGS"));
        assertThat(RESULT.targets()).anyMatch(t -> t.quantity().equals("price_avg_USGS") && t.weight() == 0.1 && t.logError() && t.tolerance() == 1.0);
        assertThat(HistorySpec.CLASSES).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(Tolerance.values())
                .filter(t -> t != Tolerance.NONE).map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    @Test
    void aShareInPointsIsARelativeTargetOfTheFractionMetWhereTheScoreboardCountsItWithin() {
        List<Comparison> shares = HistoryMappingTest.ALL.comparisons().stream()
                .filter(c -> c.quantity().startsWith("china_share_of_world_mining") && spec().fits(c.year())).toList();
        assertThat(shares).hasSizeGreaterThanOrEqualTo(10);
        for (Comparison c : shares) {
            Target t = RESULT.targets().stream().filter(x -> x.id().equals(HistoryTargets.id(c))).findFirst().orElseThrow();
            assertThat(t.logError()).isFalse();
            assertThat(t.weight()).isEqualTo(2.0);
            assertThat(t.value()).isCloseTo(c.record() / 100, within(1e-12));
            assertThat(t.denominator()).isNotEmpty();
            // 5 points either side of the record, in the fraction the target compares
            for (double points = -8; points <= 8; points += 0.25) {
                double simulatedPercent = c.record() + points;
                assertThat(t.met(simulatedPercent / 100)).as("%s at %+.2f points", t.id(), points).isEqualTo(Math.abs(points) <= 5);
            }
        }
        HistorySpec unweighted = spec();
        unweighted.weights.remove("china_share");
        assertThat(HistoryTargets.of(HistoryMappingTest.ALL.comparisons(), unweighted, 2000, List.of("ndfeb")).targets()).noneMatch(t -> t.quantity().startsWith("china_share"));
    }

    @Test
    void expressionsATargetCannotTakeAreLeftOutWithTheReason() {
        // PrNd's price is a target of its mix (below); its FOB/domestic ratio, a ratio of two mixes, is not
        assertThat(RESULT.left()).noneMatch(s -> s.startsWith("record_price_"));
        assertThat(RESULT.left()).anySatisfy(s -> assertThat(s).contains("fob_domestic_ratio_PrNd").contains("with a denominator"));
    }

    @Test
    void aPrNdPriceIsALogTargetOfAQuarterPrAndThreeQuartersNdAsHistoryComparesIt() {
        List<Target> prnd = RESULT.targets().stream().filter(t -> t.element().equals("PrNd")).toList();
        assertThat(prnd).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(t -> assertThat(t.logError()).isTrue())
                .allSatisfy(t -> assertThat(t.tolerance()).isCloseTo(0.5, within(1e-12)))
                .allSatisfy(t -> assertThat(t.mix()).containsExactly(java.util.Map.entry("Pr", 0.25), java.util.Map.entry("Nd", 0.75)));
        Target t = prnd.stream().filter(x -> x.years().equals(List.of(2005))).findFirst().orElseThrow();
        assertThat(t.numerator()).hasSize(1);

        // in a run: the weighted sum of the two elements' yearly domestic prices, as annual.csv has them
        var cfg = reesim.TestModels.baseline("time.endYear=2006");
        var run = reesim.calibration.RunObserver.run(cfg, 3, 2005, TargetSet.keys(List.of(t), cfg));
        double pr = run.value(t.numerator().get(0), cfg.elements.indexOf("Pr"), 2005);
        double nd = run.value(t.numerator().get(0), cfg.elements.indexOf("Nd"), 2005);
        assertThat(pr).isPositive().isNotEqualTo(nd);
        assertThat(t.simulated(run, cfg)).isCloseTo(0.25 * pr + 0.75 * nd, within(1e-12));
    }

    @Test
    void aBadHistoryBlockIsBadInputNamingTheKey() throws Exception {
        Path dir = Files.createTempDirectory("history-targets");
        try {
            Path f = dir.resolve("targets.yaml");
            String target = "targets:\n  - {id: a, quantity: q, element: Nd, years: [2005], value: 1, unit: t, tolerance: 0.1, toleranceWhy: w,"
                    + " numerator: ['metric:demand'], sources: [s], mapping: m}\n";
            Files.writeString(f, target + "history:\n  weights: {nd_domestic_prices: 1}\n  weightWhy: w\n  years: ['2014-2009']\n");
            assertThatThrownBy(() -> TargetSet.load(f)).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("history.years.0").hasMessageContaining("2014-2009").hasMessageContaining("first-last")
                    .hasMessageContaining("history.weights.nd_domestic_prices").hasMessageContaining("did you mean 'nd_domestic_price'");
            Files.writeString(f, target + "history:\n  weights: {nd_domestic_price: 1}\n  weightWhy: w\n  years: ['2000-2009']\n");
            assertThat(TargetSet.load(f).history().fits(2005)).isTrue();
            assertThat(TargetSet.load(f).history().fits(2010)).isFalse();
        } finally {
            try (var s = Files.walk(dir)) { s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
        }
    }
}
