package reesim.history;

import org.junit.jupiter.api.Test;
import reesim.data.MarketHistory;

import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Rows of market_history.csv to model quantities, the derived rows, and the tolerance marks. */
class HistoryMappingTest {
    static final List<String> ELEMENTS = List.of("La", "Ce", "Pr", "Nd", "Sm", "Eu", "Gd", "Tb", "Dy", "Y");
    static final HistoryMapping.Result ALL = HistoryMapping.map(MarketHistory.load(), ELEMENTS, 2000, 2050);

    static Comparison one(Predicate<Comparison> p) {
        List<Comparison> found = ALL.comparisons().stream().filter(p).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    static Comparison line(int line) { return one(c -> !c.derived() && c.rows().get(0).line() == line && !c.model().equals("mined_registered + mined_unregistered")); }

    @Test
    void domesticNdPriceInRmbPerTonneIsConvertedAtThe2005RateAndComparedWithTheSameMonth() {
        Comparison c = line(128);   // Nd oxide, Baotou ex works, 2005-07-25..29, 60,000 RMB/t
        assertThat(c.quantity()).isEqualTo("price_domestic_exworks");
        assertThat(c.record()).isCloseTo(60000 / 1000.0 / 8.09, within(1e-9));
        assertThat(c.unit()).isEqualTo("USD/kg");
        assertThat(c.numerator()).containsExactly(new Comparison.Term(1, "Nd", 2005, List.of("price_domestic[7]")));
        assertThat(c.tolerance()).isEqualTo(Tolerance.ND_DOMESTIC_PRICE);
        assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("8.09")).anySatisfy(n -> assertThat(n).contains("mean price of July"));
        assertThat(c.chart()).isEqualTo("price");
    }

    @Test
    void prNdIsTheOneToThreeWeightedPrAndNdPrice() {
        Comparison c = line(131);   // PrNd oxide 2005-07-25..29, 55,000 RMB/t
        assertThat(c.numerator()).containsExactly(new Comparison.Term(0.25, "Pr", 2005, List.of("price_domestic[7]")),
                new Comparison.Term(0.75, "Nd", 2005, List.of("price_domestic[7]")));
        assertThat(c.value(new double[]{8, 4}, new double[0])).isEqualTo(5);
        assertThat(c.chart()).isNull();
    }

    @Test
    void fobAndUsgsPricesGoToTheWorldPriceWithTheirTolerances() {
        Comparison fob = line(139);   // La FOB 2007
        assertThat(fob.numerator().get(0).metrics()).containsExactly("price_world");
        assertThat(fob.tolerance()).isEqualTo(Tolerance.NONE);
        Comparison usgs = line(199);   // La USGS 2014 average
        assertThat(usgs.quantity()).isEqualTo("price_avg_USGS");
        assertThat(usgs.tolerance()).isEqualTo(Tolerance.USGS_AVERAGE);
        assertThat(line(204).tolerance()).as("Nd USGS average: no tolerance in the issue").isEqualTo(Tolerance.NONE);
    }

    @Test
    void quantities() {
        Comparison customs = line(38);   // exports_customs 2014
        assertThat(customs.numerator()).containsExactly(new Comparison.Term(1, "REO", 2014, List.of("exports_registered")));
        assertThat(customs.tolerance()).isEqualTo(Tolerance.EXPORTS_CUSTOMS);
        // 2009: the customs row (derived by the data's compiler) is judged; the blog's quota used, of low confidence and
        // not a customs record, is shown against the same series without a tolerance
        assertThat(line(36).tolerance()).isEqualTo(Tolerance.EXPORTS_CUSTOMS);
        Comparison blog = line(37);
        assertThat(blog.quantity()).isEqualTo("exports_quota_used_blog");
        assertThat(blog.numerator()).containsExactly(new Comparison.Term(1, "REO", 2009, List.of("exports_registered")));
        assertThat(blog.tolerance()).isEqualTo(Tolerance.NONE);
        Comparison world = line(91);   // world 2009
        assertThat(world.numerator().get(0).metrics()).containsExactly("mined_registered", "mined_unregistered", "mined_foreign");
        assertThat(world.tolerance()).isEqualTo(Tolerance.WORLD_MINING);
        assertThat(line(10).numerator().get(0).metrics()).containsExactly("export_quota");
        // China's production: registered, and registered + unregistered as a second line
        List<Comparison> china = ALL.comparisons().stream().filter(c -> !c.derived() && c.rows().get(0).line() == 78).toList();
        assertThat(china).extracting(Comparison::model).containsExactly("mined_registered", "mined_registered + mined_unregistered");
    }

    @Test
    void worldMiningIsComparedOnTheRecordsBasisOfChina() {
        // 2009: USGS China 120 kt against a quota of 82 kt, an estimate of all output; 2017-2021: USGS China = the quota
        for (Comparison c : ALL.comparisons()) {
            if (!c.quantity().equals("world_mine_production")) continue;
            List<String> metrics = c.numerator().get(0).metrics();
            if (c.year() >= 2016) assertThat(metrics).as("%d", c.year()).containsExactly("mined_registered", "mined_foreign");
            if (c.year() <= 2010) assertThat(metrics).as("%d", c.year()).containsExactly("mined_registered", "mined_unregistered", "mined_foreign");
        }
        assertThat(ALL.comparisons()).filteredOn(c -> c.quantity().equals("world_mine_production") && c.year() == 2017)
                .singleElement().satisfies(c -> assertThat(c.notes()).anyMatch(n -> n.contains("at its mining quota")));
        // BGR's world figure keeps China's whole output
        assertThat(ALL.comparisons()).filteredOn(c -> c.quantity().equals("world_mine_production_BGR"))
                .allSatisfy(c -> assertThat(c.numerator().get(0).metrics()).contains("mined_unregistered"));
    }

    @Test
    void rowsWithoutCounterpartCarryTheirReason() {
        assertThat(reason(45)).contains("gross weight");
        Comparison myanmar = line(47);   // imports from Myanmar 2018, t REO
        assertThat(myanmar.numerator()).containsExactly(new Comparison.Term(1, "REO", 2018, List.of("imports")));
        assertThat(reason(116)).contains("fiscal year");   // Lynas FY2014
        assertThat(reason(6)).contains("domestic enterprises");   // 2009-H1 domestic allocation
        assertThat(reason(133)).contains("metal");
        int mapped = (int) ALL.comparisons().stream().filter(c -> !c.derived()).map(c -> c.rows().get(0).line()).distinct().count();
        assertThat(mapped + ALL.unmapped().size()).as("every row is either compared or listed").isEqualTo(MarketHistory.load().rows().size());
    }

    @Test
    void rowsBeyondTheHorizonAreListed() {
        HistoryMapping.Result shortRun = HistoryMapping.map(MarketHistory.load(), ELEMENTS, 2000, 2010);
        assertThat(shortRun.comparisons()).allSatisfy(c -> assertThat(c.year()).isLessThanOrEqualTo(2010));
        assertThat(shortRun.unmapped()).anySatisfy(u -> assertThat(u.reason()).contains("outside the run's horizon 2000-2010"));
    }

    @Test
    void derivedRows() {
        Comparison share = one(c -> c.quantity().equals("china_share_of_world_mining (official basis)") && c.year() == 2009);
        assertThat(share.record()).isCloseTo(100 * 120000.0 / 124000, within(1e-9));
        assertThat(share.value(new double[]{90}, new double[]{100})).isEqualTo(90);
        assertThat(share.error(90)).isCloseTo(90 - 96.774, within(1e-3));
        Comparison foreign2018 = one(c -> c.quantity().startsWith("foreign_mine_production (world") && c.year() == 2018);
        assertThat(foreign2018.record()).as("the revised 190,000 t, less China's 120,000 t").isEqualTo(70000);
        Comparison sum = one(c -> c.quantity().contains("US + Australia + Myanmar"));
        assertThat(sum.record()).isEqualTo(14000 + 21000 + 19000);
        Comparison ratio = one(c -> c.quantity().equals("fob_domestic_ratio") && c.element().equals("PrNd") && c.year() == 2014);
        assertThat(ratio.record()).isCloseTo(67.5 / (296500 / 1000.0 / 6.14), within(1e-9));
        assertThat(ratio.denominator()).hasSize(2);
        assertThat(ratio.tolerance()).isEqualTo(Tolerance.FOB_DOMESTIC_RATIO);
        assertThat(ratio.numerator()).as("quotes of 2 October: the model's October prices")
                .allSatisfy(t -> assertThat(t.metrics()).containsExactly("price_world[10]"));
        assertThat(ratio.denominator()).allSatisfy(t -> assertThat(t.metrics()).containsExactly("price_domestic[10]"));
        Comparison ratio2009 = one(c -> c.quantity().equals("fob_domestic_ratio") && c.element().equals("Nd") && c.year() == 2009);
        assertThat(ratio2009.numerator()).as("an annual FOB price over early-2009 quotes: the annual means")
                .containsExactly(new Comparison.Term(1, "Nd", 2009, List.of("price_world")));
        assertThat(ratio2009.denominator()).containsExactly(new Comparison.Term(1, "Nd", 2009, List.of("price_domestic")));
    }

    @Test
    void datedRecordsAreSetAgainstTheSameMonths() {
        Comparison peak = line(135);   // PrNd 2007-H1, 170,000 RMB/t (approx., peak)
        assertThat(peak.numerator()).extracting(Comparison.Term::metrics).containsOnly(List.of("price_domestic[1-6 highest]"));
        assertThat(peak.notes()).anySatisfy(n -> assertThat(n).contains("highest month of January-June"));
        Comparison yearEnd = line(180);   // Nd USGS year-end 2014
        assertThat(yearEnd.numerator()).containsExactly(new Comparison.Term(1, "Nd", 2014, List.of("price_world[12]")));
        Comparison early = line(138);   // Nd 2009-early
        assertThat(early.numerator()).containsExactly(new Comparison.Term(1, "Nd", 2009, List.of("price_domestic[1-3]")));
        assertThat(early.notes()).anySatisfy(n -> assertThat(n).contains("early = January-March"));
        Comparison customs = line(39);   // customs exports Jan-Sep 2015, 23,400 t
        assertThat(customs.numerator()).containsExactly(new Comparison.Term(1, "REO", 2015, List.of("exports_registered[1-9]")));
        assertThat(customs.tolerance()).isEqualTo(Tolerance.EXPORTS_CUSTOMS);
        assertThat(customs.chart()).as("a part-year figure is not drawn on the annual chart").isNull();
        HistoryMapping.Result withLynas = HistoryMapping.map(MarketHistory.load(), ELEMENTS, java.util.Set.of("mount_weld"), 2000, 2050);
        Comparison lynas = withLynas.comparisons().stream().filter(c -> !c.derived() && c.rows().get(0).line() == 119).findFirst().orElseThrow();   // 2017-H2, 8,839 t
        assertThat(lynas.numerator()).containsExactly(new Comparison.Term(1, "REO", 2017, List.of("foreign:mount_weld[7-12]")));
        assertThat(reason(116)).contains("fiscal year");
    }

    @Test
    void toleranceMarks() {
        assertThat(Tolerance.ND_DOMESTIC_PRICE.within(14.9, 10)).isTrue();
        assertThat(Tolerance.ND_DOMESTIC_PRICE.within(15.1, 10)).isFalse();
        assertThat(Tolerance.ND_DOMESTIC_PRICE.within(10 / 1.49, 10)).isTrue();
        assertThat(Tolerance.ND_DOMESTIC_PRICE.within(10 / 1.51, 10)).isFalse();
        assertThat(Tolerance.USGS_AVERAGE.within(3.9, 2)).isTrue();
        assertThat(Tolerance.USGS_AVERAGE.within(0.9, 2)).isFalse();
        assertThat(Tolerance.EXPORTS_CUSTOMS.within(75, 100)).isTrue();
        assertThat(Tolerance.EXPORTS_CUSTOMS.within(74, 100)).isFalse();
        assertThat(Tolerance.WORLD_MINING.within(115, 100)).isTrue();
        assertThat(Tolerance.WORLD_MINING.within(116, 100)).isFalse();
        assertThat(Tolerance.CHINA_SHARE.within(92, 97)).isTrue();
        assertThat(Tolerance.CHINA_SHARE.within(91.9, 97)).isFalse();
        assertThat(Tolerance.NONE.within(1, 1)).isNull();
        assertThat(Tolerance.ND_DOMESTIC_PRICE.within(Double.NaN, 1)).isNull();
        assertThat(Tolerance.ND_DOMESTIC_PRICE.label()).isEqualTo("×1.5");
        assertThat(Tolerance.CHINA_SHARE.label()).isEqualTo("±5 pts");
    }

    private static String reason(int line) {
        return ALL.unmapped().stream().filter(u -> u.row().line() == line).findFirst().orElseThrow().reason();
    }

    @Test
    void producerRowsMapToTheRunsForeignProjectsByNameOrSayWhyNot() {
        HistoryMapping.Result withProjects = HistoryMapping.map(MarketHistory.load(), ELEMENTS,
                java.util.Set.of("mountain_pass", "mountain_pass_restart", "mount_weld", "myanmar_clays"), 2000, 2050);
        List<Comparison> us = withProjects.comparisons().stream().filter(c -> c.quantity().equals("us_production") && c.year() == 2018).toList();
        assertThat(us).hasSize(1);
        assertThat(us.get(0).numerator()).containsExactly(new Comparison.Term(1, "REO", 2018, List.of("foreign:mountain_pass", "foreign:mountain_pass_restart")));
        assertThat(us.get(0).record()).isEqualTo(14000);
        assertThat(withProjects.comparisons()).anySatisfy(c -> assertThat(c.numerator().get(0).metrics()).containsExactly("foreign:mount_weld"));
        // the same rows against a run without those projects: listed with the reason, not compared
        assertThat(ALL.comparisons()).noneSatisfy(c -> assertThat(c.quantity()).isEqualTo("us_production"));
        assertThat(ALL.unmapped()).anySatisfy(u -> {
            assertThat(u.row().quantity()).isEqualTo("us_production");
            assertThat(u.reason()).contains("no foreign project named mountain_pass");
        });
        // every agent series a term names can be read
        for (Comparison c : withProjects.comparisons())
            for (Comparison.Term t : c.numerator()) for (String m : t.metrics()) assertThat(HistoryRun.series(m)).isNotNull();
    }

    @Test
    void worldRowsLeaveOutTheProjectsOfAProducerUsgsRecordedNoOutputForThatYear() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(List.of("mountain_pass", "mount_weld", "myanmar_clays"));
        HistoryMapping.Result withMyanmar = HistoryMapping.map(MarketHistory.load(), ELEMENTS, names, 2000, 2050);
        // USGS recorded no Myanmar output in 2017 (myanmar_production_USGS 2017 = 0): its world total of 132 kt leaves it out
        Comparison world2017 = withMyanmar.comparisons().stream()
                .filter(c -> c.quantity().equals("world_mine_production") && c.year() == 2017).findFirst().orElseThrow();
        assertThat(world2017.numerator()).singleElement().satisfies(t -> assertThat(t.metrics())
                .containsExactly("mined_registered", "foreign:mountain_pass", "foreign:mount_weld"));
        assertThat(world2017.model()).isEqualTo("mined_registered + mined_foreign without foreign:myanmar_clays");
        assertThat(world2017.notes()).anySatisfy(n -> assertThat(n).contains("USGS recorded no output this year"));
        for (String share : List.of("china_share_of_world_mining (official basis)", "china_share_of_world_mining (all output)"))
            assertThat(withMyanmar.comparisons()).filteredOn(c -> c.quantity().equals(share) && c.year() == 2017).singleElement()
                    .satisfies(c -> assertThat(c.denominator().get(0).metrics()).doesNotContain("mined_foreign", "foreign:myanmar_clays")
                            .contains("foreign:mountain_pass", "foreign:mount_weld"));
        // 2018, when USGS counted Myanmar, and a run without a Myanmar project keep the whole of foreign mining
        assertThat(withMyanmar.comparisons()).filteredOn(c -> c.quantity().equals("world_mine_production") && c.year() == 2018)
                .allSatisfy(c -> assertThat(c.numerator().get(0).metrics()).containsExactly("mined_registered", "mined_foreign"));
        assertThat(ALL.comparisons()).filteredOn(c -> c.quantity().startsWith("china_share_of_world_mining") && c.year() == 2017)
                .allSatisfy(c -> assertThat(c.denominator().get(0).metrics()).contains("mined_foreign"));
    }
}
