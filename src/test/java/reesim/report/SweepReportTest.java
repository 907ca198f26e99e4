package reesim.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SweepReportTest {
    @TempDir Path tmp;

    static SweepStats stats() throws Exception { return SweepStats.of(Fixtures.csv(Fixtures.STATS)); }

    @Test
    void parameterColumnsAreTheColumnsThatAreNotStatistics() throws Exception {
        SweepStats s = stats();
        assertThat(s.parameters()).containsExactly("scenario.enforcementScale", "scenario.exportTariffAdd", "scenario.demandScale");
        assertThat(s.varied()).containsExactly("scenario.enforcementScale", "scenario.exportTariffAdd");
        assertThat(s.scenarios()).containsExactly("s1", "s2", "s3", "s4", "s5", "s6");
        assertThat(s.outcomes()).containsExactly("mined_unregistered", "price_gap");
        assertThat(s.label("s4")).isEqualTo("s4: enforcementScale=0.5, exportTariffAdd=0.25");
    }

    @Test
    void missingConfidenceIntervalsComeFromSdAndN() throws Exception {
        SweepStats.Row r = stats().rows("price_gap").get(0);
        double half = 2.2622 * 2 / Math.sqrt(10);   // t(0.975, 9) = 2.2622
        assertThat(r.ciLow()).isCloseTo(10 - half, within(1e-3));
        assertThat(r.ciHigh()).isCloseTo(10 + half, within(1e-3));
        SweepStats.Row given = stats().rows("mined_unregistered").get(0);
        assertThat(given.ciLow()).isEqualTo(4914);
    }

    @Test
    void twoGridKnobsGiveAHeatmapOfTheMean() throws Exception {
        SweepStats.Heatmap h = stats().heatmap("mined_unregistered");
        assertThat(h.x()).isEqualTo("scenario.enforcementScale");
        assertThat(h.y()).isEqualTo("scenario.exportTariffAdd");
        assertThat(h.xValues()).containsExactly("0.5", "1", "2");
        assertThat(h.yValues()).containsExactly("0", "0.25");
        assertThat(h.cells()).hasSize(6);
        assertThat(h.cells()).anySatisfy(c -> assertThat(c).containsExactly(2, 1, 2500));
        assertThat(h.averagedOver()).isEmpty();
    }

    @Test
    void oneKnobGivesNoHeatmap() throws Exception {
        SweepStats s = SweepStats.of(Fixtures.csv("""
                scenario,scenario.enforcementScale,metric,mean,sd,ci95_lo,ci95_hi,n
                a,1,x,1,0.1,0.9,1.1,5
                b,2,x,2,0.1,1.9,2.1,5
                """));
        assertThat(s.knobs()).containsExactly("scenario.enforcementScale");
        assertThat(s.heatmap("x")).isNull();
    }

    @Test
    void sobolReaderAcceptsTheUsualColumnNames() throws Exception {
        List<SobolIndices.Index> idx = SobolIndices.of(Fixtures.csv(Fixtures.SOBOL));
        assertThat(idx).hasSize(2);
        assertThat(idx.get(0)).isEqualTo(new SobolIndices.Index("mined_unregistered", "scenario.enforcementScale", 0.71, 0.78, 0.05, 0.06));
        List<SobolIndices.Index> plain = SobolIndices.of(Fixtures.csv("outcome,parameter,first_order,total\no,p,0.1,0.3\n"));
        assertThat(plain.get(0).total()).isEqualTo(0.3);
        assertThat(plain.get(0).firstConf()).isNaN();
    }

    @Test
    void theSweepReportHasOutcomesHeatmapsAndSobol() throws Exception {
        Path dir = Fixtures.sweepFolder(tmp.resolve("sweep"), true);
        Path html = SweepReport.write(dir);
        JsonNode d = Fixtures.pageData(html);
        assertThat(d.get("kind").asText()).isEqualTo("sweep");
        assertThat(d.get("outcomes")).hasSize(2);
        assertThat(d.at("/outcomes/0/unit").asText()).isEqualTo("t/yr");
        assertThat(d.at("/outcomes/0/rows/2/mean").asDouble()).isEqualTo(2100);
        assertThat(d.at("/outcomes/0/rows/2/lo").asDouble()).isEqualTo(1921);
        assertThat(d.at("/outcomes/0/heatmap/cells")).hasSize(6);
        assertThat(d.at("/outcomes/1/unit").isNull()).isTrue();
        assertThat(d.at("/sobol/0/parameters/1").asText()).isEqualTo("scenario.exportTariffAdd");
        assertThat(d.at("/sobol/0/total/0").asDouble()).isEqualTo(0.78);
        assertThat(d.at("/scenarios/3/values").toString()).isEqualTo("[\"0.5\",\"0.25\"]");
        assertThat(d.get("files").findValuesAsText("name")).containsExactly("sobol.csv", "stats.csv");
    }

    @Test
    void withoutSobolTheSectionIsEmpty() throws Exception {
        Path dir = Fixtures.sweepFolder(tmp.resolve("sweep"), false);
        assertThat(Fixtures.pageData(SweepReport.write(dir)).get("sobol")).isEmpty();
    }

    @Test
    void statsWithoutMeanIsBadInputNamingTheColumn() {
        assertThatThrownBy(() -> SweepStats.of(Fixtures.csv("scenario,metric,avg\ns1,x,1\n")))
                .isInstanceOf(ReportInputException.class).hasMessageContaining("no column mean");
    }

    @Test
    void outcomeUnitsFollowTheStatistic() {
        assertThat(OutcomeUnits.of("price_domestic", null, "argmax")).isEqualTo("year");
        assertThat(OutcomeUnits.of("price_domestic", null, "mean")).isEqualTo("USD/kg");
        assertThat(OutcomeUnits.of("mined_registered", null, "sum")).isEqualTo("t");
        assertThat(OutcomeUnits.of("mined_registered", null, "max")).isEqualTo("t/yr");
        assertThat(OutcomeUnits.of("illegal_mines_active", null, "sum")).isEqualTo("count-years");
        assertThat(OutcomeUnits.of("price_world", "price_domestic", "mean")).isEqualTo("ratio");
        assertThat(OutcomeUnits.guess("nd_price_domestic_peak_year")).isEqualTo("year");
        assertThat(OutcomeUnits.guess("mined_registered_cumulative")).isEqualTo("t");
        assertThat(OutcomeUnits.guess("nd_price_ratio_world_domestic_mean_2010_2019")).isEqualTo("ratio");
        assertThat(OutcomeUnits.guess("mined_unregistered_mean_2010_2019")).isEqualTo("t/yr");
    }

    /** A real sweep with the default outcomes and named ones: a peak year in years, cumulative sums in t. */
    @Test
    void theSweepReportLabelsPeakYearsInYearsAndSumsInTonnes() throws Exception {
        Path file = tmp.resolve("units.yaml");
        java.nio.file.Files.writeString(file, "base: " + Path.of("configs/baseline.yaml").toAbsolutePath() + "\n" + """
                until: 2002
                seeds: 2
                grid:
                  scenario.enforcementScale: [0.5, 2]
                outcomes:
                  - {name: when_dearest, metric: price_domestic, element: Nd, stat: argmax}
                  - {name: all_mined, metric: mined_registered, stat: sum}
                  - {name: nd_price_domestic_peak_year, metric: price_domestic, element: Nd, stat: argmax}
                  - {name: mined_registered_cumulative, metric: mined_registered, stat: sum}
                  - {name: price, metric: price_domestic, element: Nd, stat: mean}
                """);
        Path out = tmp.resolve("sweep-units");
        assertThat(reesim.cli.Main.execute("sweep", "--quiet", "--threads", "1", "--config", file.toString(), "--out", out.toString())).isZero();
        JsonNode d = Fixtures.pageData(out.resolve("report.html"));
        java.util.Map<String, String> units = new java.util.LinkedHashMap<>();
        d.get("outcomes").forEach(o -> units.put(o.get("name").asText(), o.get("unit").asText()));
        assertThat(units).containsEntry("when_dearest", "year").containsEntry("all_mined", "t")
                .containsEntry("nd_price_domestic_peak_year", "year").containsEntry("mined_registered_cumulative", "t")
                .containsEntry("price", "USD/kg");
        // a folder without outcome_units in sweep.json (an older sweep): the names decide
        java.nio.file.Files.delete(out.resolve("sweep.json"));
        JsonNode guessed = Fixtures.pageData(SweepReport.write(out));
        guessed.get("outcomes").forEach(o -> units.put(o.get("name").asText(), o.get("unit").isNull() ? null : o.get("unit").asText()));
        assertThat(units).containsEntry("nd_price_domestic_peak_year", "year").containsEntry("mined_registered_cumulative", "t");
    }
}
