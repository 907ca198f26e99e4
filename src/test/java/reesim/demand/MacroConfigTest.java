package reesim.demand;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reesim.TestModels;
import reesim.config.ConfigException;
import reesim.config.ConfigLoader;
import reesim.config.MacroConfig;
import reesim.config.ModelConfig;
import reesim.config.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

class MacroConfigTest {
    @TempDir Path dir;

    @Test
    void theChinaMacroCsvLoadsEveryYear2000To2050WithItsSourceAndKind() {
        MacroConfig.Series s = TestModels.baseline().macro.series();
        assertThat(s.firstYear()).isEqualTo(2000);
        assertThat(s.lastYear()).isEqualTo(2050);
        for (int y = 2000; y <= 2050; y++) {
            assertThat(s.source(y)).as("source %d", y).contains(y <= 2023 ? "World Bank WDI" : "assumption");
            assertThat(s.kind(y)).isEqualTo(y <= 2023 ? "historical" : "projection");
        }
        assertThat(s.population(2000)).isCloseTo(1.2626e9, within(1e6));
        assertThat(s.gdpPerCapita(2015)).isCloseTo(8016, within(10.0));
        assertThat(s.gdpPerCapita(2050)).isGreaterThan(2 * s.gdpPerCapita(2023));
        assertThat(s.population(2050)).isLessThan(s.population(2021));
    }

    @Test
    void outsideTheRowsTheSeriesMovesAtTheConfiguredRatesAndTheTrendIsACentredMean() {
        ModelConfig c = TestModels.baseline();
        MacroConfig.Series s = c.macro.series();
        assertThat(s.gdpPerCapita(1999)).isCloseTo(s.gdpPerCapita(2000) / (1 + c.macro.gdpGrowthBefore), within(1e-9));
        assertThat(s.population(2051)).isCloseTo(s.population(2050) * (1 + c.macro.populationGrowthAfter), within(1e-3));
        double geo = 1;
        for (int y = 2018; y <= 2022; y++) geo *= s.gdpPerCapita(y);
        assertThat(s.gdpTrend(2020)).isCloseTo(Math.pow(geo, 0.2), within(1e-6));
    }

    @Test
    void costsInRmbFollowTheRecordsExchangeRateFromTheirBaseYear() {
        MacroConfig usd = TestModels.baseline().macro;
        usd.costsInRmbAt = 0;
        for (int y = 1995; y <= 2060; y += 5) assertThat(usd.costIndex(y)).isEqualTo(1.0);
        MacroConfig rmb = TestModels.baseline().macro;
        rmb.costsInRmbAt = 2014;
        assertThat(rmb.costIndex(2014)).isEqualTo(1.0);
        // 6.14 RMB/USD in 2014, 8.09 in 2005 and held before: a cost of 1 RMB-in-2014-dollars is 0.76 USD then
        assertThat(rmb.costIndex(2005)).isCloseTo(6.14 / 8.09, within(1e-12));
        assertThat(rmb.costIndex(2000)).isEqualTo(rmb.costIndex(2005));
        assertThat(rmb.costIndex(2009)).isCloseTo(6.14 / (8.09 + 4.0 / 8 * (6.14 - 8.09)), within(1e-12));
        assertThat(rmb.costIndex(2030)).isCloseTo(6.14 / 6.95, within(1e-12));
    }

    @Test
    void aCostBaseYearOutsideTheRecordIsAClearConfigProblem() {
        ConfigException e = catchThrowableOfType(
                () -> ConfigLoader.load(TestModels.BASELINE, List.of("macro.costsInRmbAt=214"), ModelConfig.class), ConfigException.class);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("macro.costsInRmbAt");
            assertThat(p.expected()).contains("0 (costs in USD)");
        });
    }

    @Test
    void aMissingYearIsAClearConfigProblem() throws IOException {
        List<Problem> problems = problemsWith(csvWithout(2005, null));
        assertThat(problems).extracting(Problem::path).containsOnly("macro.file");
        assertThat(problems).extracting(Problem::expected).anyMatch(e -> e.contains("year 2005 is missing"));
    }

    @Test
    void aNegativePopulationIsAClearConfigProblem() throws IOException {
        List<Problem> problems = problemsWith(csvWithout(0, "2010,5640,-1337700000,historical,test"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("macro.file");
            assertThat(p.value()).contains("population -1337700000");
            assertThat(p.expected()).contains("population > 0");
        });
    }

    @Test
    void aMissingFileOrMacroBlockIsAClearConfigProblem() throws IOException {
        assertThat(problemsWith(dir.resolve("nope.csv"))).extracting(Problem::expected).singleElement().asString().contains("not found");
        List<String> lines = new ArrayList<>(Files.readAllLines(TestModels.BASELINE));
        int from = lines.indexOf(lines.stream().filter(l -> l.startsWith("macro:")).findFirst().orElseThrow());
        while (!lines.get(from).isBlank()) lines.remove(from);
        Path cfg = dir.resolve("no-macro.yaml");
        Files.write(cfg, lines);
        ConfigException e = catchThrowableOfType(() -> ConfigLoader.load(cfg, List.of(), ModelConfig.class), ConfigException.class);
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.expected()).contains("macro block"));
        assertThat(e.problems()).extracting(Problem::path).contains("products.air_conditioner.demand.method");
    }

    private Path csvWithout(int year, String replacement) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of("src/main/resources/data/china_macro.csv"))) {
            if (l.startsWith(year + ",")) continue;
            if (replacement != null && l.startsWith(replacement.substring(0, 5))) { out.add(replacement); continue; }
            out.add(l);
        }
        Path f = dir.resolve("macro.csv");
        Files.write(f, out);
        return f;
    }

    private static List<Problem> problemsWith(Path csv) {
        ConfigException e = catchThrowableOfType(
                () -> ConfigLoader.load(TestModels.BASELINE, List.of("macro.file=" + csv), ModelConfig.class), ConfigException.class);
        assertThat(e).as("a ConfigException").isNotNull();
        return e.problems();
    }
}
