package reesim.calibration;

import reesim.output.DataCollector;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.config.ModelConfig;
import reesim.output.Metric;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** targets.yaml cites real seed_facts rows with their values, and its series read what they claim from a run. */
class TargetMappingTest {
    private static final int ND_YEAR = 2001;
    private static ModelConfig cfg;
    private static RunObserver run;
    private static reesim.model.ReeModel model;

    @BeforeAll
    static void runBaselineTwoYears() {
        cfg = TestModels.baseline();
        List<RunObserver.Key> keys = new ArrayList<>();
        int nd = cfg.elements.indexOf("Nd");
        for (String f : cfg.products.keySet()) for (Series.Kind k : List.of(Series.Kind.DEMAND, Series.Kind.PATH, Series.Kind.IN_USE, Series.Kind.EOL))
            keys.add(new RunObserver.Key(new Series(k, f), nd));
        for (String d : cfg.deposits.keySet()) {
            keys.add(new RunObserver.Key(new Series(Series.Kind.MINED, d), nd));
            keys.add(new RunObserver.Key(new Series(Series.Kind.MINED_REGISTERED, d), nd));
        }
        keys.add(new RunObserver.Key(new Series(Series.Kind.IN_USE, "@ndfeb"), nd));
        keys.add(new RunObserver.Key(new Series(Series.Kind.PATH, "@ndfeb"), nd));
        for (String i : cfg.intermediates.keySet()) for (int e = 0; e <= cfg.elements.size(); e++) {
            keys.add(new RunObserver.Key(new Series(Series.Kind.INPUT, i), e));
            keys.add(new RunObserver.Key(new Series(Series.Kind.MADE, i), e));
        }
        for (int e = 0; e <= cfg.elements.size(); e++) keys.add(new RunObserver.Key(new Series(Series.Kind.MADE_ABROAD, "ndfeb"), e));
        for (int e = 0; e <= cfg.elements.size(); e++) {
            keys.add(new RunObserver.Key(new Series(Series.Kind.CUSTOMS, "seized"), e));
            keys.add(new RunObserver.Key(new Series(Series.Kind.METRIC, "seized"), e));
        }
        for (String m : List.of("mined_registered", "mined_unregistered", "demand", "in_use_stock", "end_of_life"))
            keys.add(new RunObserver.Key(new Series(Series.Kind.METRIC, m), nd));
        for (String w : List.of("[1-6]", "[1-6 highest]", "[1-12]", "[6]"))
            for (String m : List.of("price_domestic", "exports_registered", "in_use_stock")) keys.add(new RunObserver.Key(Series.parse("metric:" + m + w).orElseThrow(), nd));
        for (String f : cfg.products.keySet()) for (String w : List.of("[1-6]", "[7-12]", "[6]")) {
            keys.add(new RunObserver.Key(Series.parse("demand:" + f + w).orElseThrow(), nd));
            keys.add(new RunObserver.Key(Series.parse("in_use:" + f + w).orElseThrow(), nd));
        }
        model = new reesim.model.ReeModel(11, cfg);
        run = new RunObserver(new LinkedHashSet<>(keys), cfg.time.startYear, cfg.time.endYear);
        model.start();
        DataCollector.attachTo(model);
        model.attach(run);
        model.runUntil(ND_YEAR);
        model.finish();
        run.readMetrics(model);
    }

    @Test
    void everyTargetCitesSeedFactRowsWithItsValue() throws Exception {
        Map<String, CSVRecord> facts = seedFacts();
        TargetSet set = TargetSet.load(TargetSet.DEFAULT);
        assertThat(set.fit()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(set.forecasts()).extracting(Target::id).contains("forecast_demand_total_2025", "forecast_demand_total_2035", "forecast_demand_total_2050");
        for (Target t : set.all()) {
            List<CSVRecord> rows = new ArrayList<>();
            for (String s : t.sources()) {
                assertThat(facts).as(t.id() + " cites " + s).containsKey(s);
                rows.add(facts.get(s));
            }
            for (CSVRecord r : rows) {
                assertThat(r.get("kind")).as(t.id()).isEqualTo(t.fit() ? "calibration" : "forecast");
                assertThat(r.get("element")).as(t.id()).isEqualTo(t.sourceElement());
                if (!r.get("year").isEmpty()) assertThat(Integer.parseInt(r.get("year"))).as(t.id()).isEqualTo(t.lastYear());
            }
            if (rows.size() == 1) {
                assertThat(t.value()).as(t.id()).isEqualTo(Double.parseDouble(rows.get(0).get("value")));
            } else {
                assertThat(rows).as(t.id()).hasSize(2);
                double lo = Double.parseDouble(rows.get(0).get("value")), hi = Double.parseDouble(rows.get(1).get("value"));
                assertThat(t.value()).as(t.id() + " midpoint").isCloseTo((lo + hi) / 2, within(1e-9));
                assertThat(t.tolerance()).as(t.id() + " half-width").isCloseTo((hi - lo) / (hi + lo), within(1e-4));
            }
            assertThat(t.fit() ? t.tolerance() : 1).as(t.id()).isPositive();
        }
        set.checkAgainst(cfg);
    }

    @Test
    void seriesReadTheSameQuantitiesAsTheDataCollector() {
        int nd = cfg.elements.indexOf("Nd");
        for (int year : new int[]{2000, ND_YEAR}) {
            double demand = 0, inUse = 0, eol = 0, mined = 0, minedRegistered = 0;
            for (String f : cfg.products.keySet()) {
                demand += run.value(new Series(Series.Kind.DEMAND, f), nd, year);
                inUse += run.value(new Series(Series.Kind.IN_USE, f), nd, year);
                eol += run.value(new Series(Series.Kind.EOL, f), nd, year);
            }
            for (String d : cfg.deposits.keySet()) {
                mined += run.value(new Series(Series.Kind.MINED, d), nd, year);
                minedRegistered += run.value(new Series(Series.Kind.MINED_REGISTERED, d), nd, year);
            }
            int y = year - cfg.time.startYear;
            var c = DataCollector.of(model);
            assertThat(demand).as("demand " + year).isCloseTo(c.annual(Metric.DEMAND, y, nd), within(1e-6));
            assertThat(inUse).as("in use " + year).isCloseTo(c.annual(Metric.IN_USE_STOCK, y, nd), within(1e-6));
            assertThat(eol).as("eol " + year).isCloseTo(c.annual(Metric.END_OF_LIFE, y, nd), within(1e-6));
            double ledgerMined = c.annual(Metric.MINED_REGISTERED, y, nd) + c.annual(Metric.MINED_UNREGISTERED, y, nd);
            assertThat(ledgerMined).isPositive();
            assertThat(mined).as("mined " + year).isCloseTo(ledgerMined, within(1e-6 * ledgerMined));
            assertThat(minedRegistered).as("registered " + year).isCloseTo(c.annual(Metric.MINED_REGISTERED, y, nd), within(1e-6 * ledgerMined));
        }
    }

    @Test
    void seriesOverMonthsReadThoseMonths() {
        int nd = cfg.elements.indexOf("Nd"), y = ND_YEAR - cfg.time.startYear;
        var c = DataCollector.of(model);
        double sum = 0, highest = Double.NEGATIVE_INFINITY, exports = 0;
        for (int t = 12 * y; t < 12 * y + 6; t++) {
            double p = c.monthly(t, Metric.PRICE_DOMESTIC, nd);
            sum += p;
            highest = Math.max(highest, p);
            exports += c.monthly(t, Metric.EXPORTS_REGISTERED, nd);
        }
        assertThat(value("metric:price_domestic[1-6]", nd)).as("a level: the months' mean").isCloseTo(sum / 6, within(1e-9));
        assertThat(value("metric:price_domestic[1-6 highest]", nd)).as("the highest month").isEqualTo(highest).isGreaterThan(sum / 6);
        assertThat(value("metric:exports_registered[1-6]", nd)).as("a flow: the months' sum").isCloseTo(exports, within(1e-9));
        assertThat(value("metric:in_use_stock[1-6]", nd)).as("a stock: the last month's").isEqualTo(c.monthly(12 * y + 5, Metric.IN_USE_STOCK, nd));
        for (String m : List.of("price_domestic", "exports_registered", "in_use_stock"))
            assertThat(value("metric:" + m + "[1-12]", nd)).as(m + " over all months").isEqualTo(c.annual(Series.parse("metric:" + m).orElseThrow().metric().orElseThrow(), y, nd));
        double demandHalves = 0, demandYear = 0, inUseJune = 0;
        for (String f : cfg.products.keySet()) {
            demandHalves += value("demand:" + f + "[1-6]", nd) + value("demand:" + f + "[7-12]", nd);
            demandYear += run.value(new Series(Series.Kind.DEMAND, f), nd, ND_YEAR);
            inUseJune += value("in_use:" + f + "[6]", nd);
        }
        assertThat(demandHalves).as("an agent flow: both halves make the year").isCloseTo(demandYear, within(1e-9 * demandYear)).isPositive();
        assertThat(inUseJune).as("an agent stock at the end of June").isCloseTo(value("metric:in_use_stock[6]", nd), within(1e-6 * inUseJune))
                .isLessThan(value("metric:in_use_stock[1-12]", nd));   // the stock grows through the year
    }

    private static double value(String series, int element) { return run.value(Series.parse(series).orElseThrow(), element, ND_YEAR); }

    @Test
    void pathSeriesIsTheDemandPathWithoutThePriceResponse() {
        int nd = cfg.elements.indexOf("Nd");
        double group = 0;
        boolean responded = false;
        for (reesim.agents.Manufacturer mf : model.population().manufacturers) {
            String f = mf.family();
            double path = run.value(new Series(Series.Kind.PATH, f), nd, 2000);
            double recipeNd = cfg.intermediates.get(mf.config().intermediate).recipeIn(2000, cfg.elements)[nd];
            // the demand path of 2000 (units x adoption x content) in every month of 2000, whatever the prices did
            double expected = 12 * mf.initialMonthlyNeed(2000, cfg.scenario.demandScaleFor(mf.config().intermediate)) * recipeNd;
            assertThat(path).as(f).isCloseTo(expected, within(1e-9 * Math.max(1, expected)));
            if ("ndfeb".equals(mf.config().intermediate)) group += path;
            double ordered = run.value(new Series(Series.Kind.DEMAND, f), nd, 2000);
            if (Math.abs(ordered - path) > 1e-6 * path) responded = true;
        }
        assertThat(run.value(new Series(Series.Kind.PATH, "@ndfeb"), nd, 2000)).isCloseTo(group, within(1e-9 * group));
        assertThat(responded).as("orders differ from the path once prices move").isTrue();
    }

    @Test
    void makersInputIsWhatTheyMadePlusTheirScrapAndForeignMakingAddsUpOverElements() {
        int n = cfg.elements.size();
        for (int year = 2000; year <= ND_YEAR; year++) {
            double reoInput = 0;
            for (String i : cfg.intermediates.keySet()) {
                double scrap = cfg.intermediates.get(i).scrapRate;
                for (int e = 0; e < n; e++) {
                    double made = run.value(new Series(Series.Kind.MADE, i), e, year), input = run.value(new Series(Series.Kind.INPUT, i), e, year);
                    assertThat(input).as(i + " " + e + " " + year).isCloseTo(made / (1 - scrap), within(1e-9 * Math.max(1, input)));
                }
                reoInput += run.value(new Series(Series.Kind.INPUT, i), n, year);
            }
            assertThat(reoInput).as("China's makers used oxide in " + year).isPositive();
            Series abroad = new Series(Series.Kind.MADE_ABROAD, "ndfeb");
            double byElement = 0;
            for (int e = 0; e < n; e++) byElement += run.value(abroad, e, year);
            assertThat(run.value(abroad, n, year)).isCloseTo(byElement, within(1e-9 * Math.max(1, byElement)));
            assertThat(byElement).as("foreign makers made magnets in " + year).isPositive();
        }
    }

    @Test
    void customsSeizuresArePartOfAllSeizuresAndAddUpOverElements() {
        int n = cfg.elements.size();
        Series customs = new Series(Series.Kind.CUSTOMS, "seized"), all = new Series(Series.Kind.METRIC, "seized");
        double total = 0;
        for (int year = 2000; year <= ND_YEAR; year++) {
            double byElement = 0;
            for (int e = 0; e < n; e++) {
                byElement += run.value(customs, e, year);
                assertThat(run.value(customs, e, year)).isLessThanOrEqualTo(run.value(all, e, year) + 1e-9);
            }
            assertThat(run.value(customs, n, year)).isCloseTo(byElement, within(1e-9));
            total += byElement;
        }
        assertThat(total).as("customs seized something in 2000-2001").isPositive();
    }

    @Test
    void targetsSumOverYearsAndDivideByTheirDenominator() {
        int nd = cfg.elements.indexOf("Nd");
        Series reg = new Series(Series.Kind.METRIC, "mined_registered"), unreg = new Series(Series.Kind.METRIC, "mined_unregistered");
        Target total = new Target("t", "q", "Nd", List.of(2000, 2001), 1, "t", 0.1, "w", 1, true, false, List.of(reg, unreg), List.of(), List.of("s"), "m");
        Target share = new Target("s", "q", "Nd", List.of(2000, 2001), 1, "ratio", 0.1, "w", 1, true, false, List.of(unreg), List.of(reg, unreg), List.of("s"), "m");
        double r = run.value(reg, nd, 2000) + run.value(reg, nd, 2001), u = run.value(unreg, nd, 2000) + run.value(unreg, nd, 2001);
        assertThat(total.simulated(run, nd)).isCloseTo(r + u, within(1e-9));
        assertThat(share.simulated(run, nd)).isCloseTo(u / (r + u), within(1e-12));
        double ndfeb = 0;
        for (var e : cfg.products.entrySet()) if ("ndfeb".equals(e.getValue().intermediate)) ndfeb += run.value(new Series(Series.Kind.IN_USE, e.getKey()), nd, 2000);
        assertThat(run.value(new Series(Series.Kind.IN_USE, "@ndfeb"), nd, 2000)).isCloseTo(ndfeb, within(1e-9)).isPositive();
    }

    private static Map<String, CSVRecord> seedFacts() throws Exception {
        Map<String, CSVRecord> out = new HashMap<>();
        try (var in = new InputStreamReader(TargetMappingTest.class.getResourceAsStream("/data/seed_facts.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String key = (r.get("quantity") + " " + r.get("element") + " " + r.get("year")).trim();
                if (r.get("region").equals("China") || r.get("region").isEmpty()) out.putIfAbsent(key, r);
            }
        }
        // world figures (world mine production) where China has no row of the same key; other regions' under "quantity element year region"
        try (var in = new InputStreamReader(TargetMappingTest.class.getResourceAsStream("/data/seed_facts.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String key = (r.get("quantity") + " " + r.get("element") + " " + r.get("year")).trim();
                if (r.get("region").equals("World")) out.putIfAbsent(key, r);
                else if (!r.get("region").equals("China") && !r.get("region").isEmpty()) out.putIfAbsent(key + " " + r.get("region"), r);
            }
        }
        Set<String> keys = out.keySet();
        assertThat(keys).contains("mining_total Nd 2017");
        return out;
    }
}
