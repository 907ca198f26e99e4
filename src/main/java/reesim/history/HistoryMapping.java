package reesim.history;

import reesim.calibration.Series;
import reesim.data.ExchangeRates;
import reesim.data.HistoryPeriod;
import reesim.data.MarketHistory;
import reesim.data.MarketHistory.Row;
import reesim.data.MarketHistory.Unit;
import reesim.history.Comparison.Kind;
import reesim.history.Comparison.Term;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which model quantity each row of market_history.csv is compared with, and the rows that have none (with the
 * reason). Prices: domestic (RMB converted to USD/kg at {@link ExchangeRates}) vs {@code price_domestic}, FOB China and
 * USGS vs {@code price_world}; PrNd vs the 1:3 weighted mean of the Pr and Nd prices; a dated price vs that year's
 * annual mean. Quantities: customs exports vs {@code exports_registered}, export quotas vs {@code export_quota},
 * China's mine production vs {@code mined_registered} (and registered + unregistered), world mine production vs
 * registered + unregistered + foreign (registered + foreign in the years whose USGS China figure is China's quota;
 * without the projects of a producer USGS recorded no output for that year, as Myanmar in 2017).
 * Derived from pairs of rows: FOB/domestic price ratios, China's share of world mining, foreign mining (world -
 * China) and the sum of the foreign producers where their years coincide.
 */
public final class HistoryMapping {
    /** A row with no model counterpart and why. */
    public record Unmapped(Row row, String reason) {}

    public record Result(List<Comparison> comparisons, List<Unmapped> unmapped) {}

    static final String PRND_NOTE = "PrNd vs (Pr + 3 Nd)/4 of the model's prices (assumption: PrNd oxide is 25 % Pr, 75 % Nd)";
    static final Set<String> USGS_TOLERANCE_ELEMENTS = Set.of("La", "Ce", "Dy", "Tb", "Eu");
    /** Flows the record gives for part of a year, compared with the model's flow over the same months. */
    static final Set<String> PART_YEAR_QUANTITIES = Set.of("exports_customs_partial", "lynas_production");
    /** Which foreign projects of the baseline (world.projects) stand for a producer row of the record. */
    static final Map<String, List<String>> FOREIGN_PROJECTS = Map.of(
            "us_production", List.of("mountain_pass", "mountain_pass_restart"),
            "australia_mine_production_USGS", List.of("mount_weld"),
            "myanmar_production_USGS", List.of("myanmar_clays"));

    private final List<String> elements;
    /** The names of the run's foreign projects (world.projects). */
    private final Set<String> projects;
    private final int firstYear, lastYear;
    private final List<Comparison> comparisons = new ArrayList<>();
    private final List<Unmapped> unmapped = new ArrayList<>();
    /** Years whose USGS China row equals China's mining quota row: USGS counted China at its quota, not its output. */
    private final Set<Integer> quotaBasisYears = new java.util.HashSet<>();
    /**
     * Per year, the run's foreign projects of a producer USGS recorded no output for that year (a {@code *_production_USGS}
     * row of 0, e.g. Myanmar in 2017): USGS's world total of the year leaves them out, so its model counterpart does too.
     */
    private final Map<Integer, List<String>> unrecordedProjects = new TreeMap<>();

    private HistoryMapping(List<String> elements, Set<String> projects, int firstYear, int lastYear) {
        this.elements = elements;
        this.projects = projects;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** Maps every row of {@code history} for a model of {@code elements} run over {@code firstYear}-{@code lastYear}. */
    public static Result map(MarketHistory history, List<String> elements, int firstYear, int lastYear) {
        return map(history, elements, Set.of(), firstYear, lastYear);
    }

    /** As above, for a run whose foreign projects (world.projects) have these names: producer rows map to them. */
    public static Result map(MarketHistory history, reesim.config.ModelConfig cfg) {
        Set<String> names = new java.util.LinkedHashSet<>();
        cfg.world.projects.forEach(p -> names.add(p.name));
        return map(history, cfg.elements, names, cfg.time.startYear, cfg.time.endYear);
    }

    static Result map(MarketHistory history, List<String> elements, Set<String> projects, int firstYear, int lastYear) {
        HistoryMapping m = new HistoryMapping(elements, projects, firstYear, lastYear);
        Map<Integer, Row> quota = lastByYear(history, "china_mining_quota");
        lastByYear(history, "china_mine_production_USGS").forEach((y, r) -> {
            Row q = quota.get(y);
            if (q != null && Math.abs(r.value() - q.value()) <= 0.005 * q.value()) m.quotaBasisYears.add(y);
        });
        for (Row r : history.rows()) {
            List<String> producer = FOREIGN_PROJECTS.get(r.quantity());
            if (producer == null || !r.quantity().endsWith("_USGS") || r.value() != 0 || r.parsedPeriod().kind() != HistoryPeriod.Kind.YEAR
                    || !projects.containsAll(producer)) continue;
            m.unrecordedProjects.computeIfAbsent(r.parsedPeriod().firstYear(), y -> new ArrayList<>()).addAll(producer);
        }
        for (Row r : history.rows()) m.row(r);
        m.derived(history);
        return new Result(List.copyOf(m.comparisons), List.copyOf(m.unmapped));
    }

    private void row(Row r) {
        String reason = "prices".equals(r.table()) ? price(r) : quantity(r);
        if (reason != null) unmapped.add(new Unmapped(r, reason));
    }

    // ---- prices ----

    /** The element weights of a price row's element ("PrNd oxide" -> Pr 0.25, Nd 0.75), empty if not an oxide. */
    static Map<String, Double> priceElements(String element) {
        String[] t = element.trim().split("\\s+");
        if (t.length < 2 || !"oxide".equals(t[1])) return Map.of();
        Map<String, Double> w = new LinkedHashMap<>();
        if ("PrNd".equals(t[0])) {
            w.put("Pr", 0.25);
            w.put("Nd", 0.75);
        } else {
            w.put(t[0], 1.0);
        }
        return w;
    }

    /** price_domestic or price_world for a price quantity; null if neither. */
    static String priceMetric(String quantity) {
        return switch (quantity) {
            case "price_domestic", "price_domestic_exworks", "price_listed" -> "price_domestic";
            case "price_export_fob", "price_avg_USGS", "price_yearend_USGS" -> "price_world";
            default -> null;
        };
    }

    private String price(Row r) {
        Map<String, Double> weights = priceElements(r.element());
        if (weights.isEmpty()) return r.element().contains("metal") ? "a metal price: the model prices separated oxides"
                : "unit value of mixed rare-earth products (" + r.element() + "): the model prices separated oxides";
        for (String e : weights.keySet()) if (!elements.contains(e)) return "element " + e + " is not simulated";
        String metric = priceMetric(r.quantity());
        if (metric == null) return "no model price for " + r.quantity();
        Unit unit = r.unitKind();
        if (!unit.isPrice()) return "unit " + r.unit() + " is not a price";
        if (Double.isNaN(r.value())) return "value '" + r.valueText() + "' is not a number or a range";
        HistoryPeriod p = r.parsedPeriod();
        if (!p.withinOneYear()) return "period '" + r.period() + "' is not within one calendar year";
        int year = p.firstYear();
        if (year < firstYear || year > lastYear) return "outside the run's horizon " + firstYear + "-" + lastYear;
        List<String> notes = new ArrayList<>();
        double rate = Double.NaN;
        if (unit.isRmb()) {
            ExchangeRates.Rate fx = ExchangeRates.rmbPerUsd(year);
            rate = fx.rmbPerUsd();
            notes.add(fx.note());
        }
        double usd = MarketHistory.toUsdPerKg(r.value(), unit, rate);
        if (r.valueText().indexOf('-', 1) > 0) notes.add("range: midpoint");
        String read = metric;
        Optional<HistoryPeriod.Months> months = p.months();
        boolean peak = r.unit().toLowerCase(Locale.ROOT).contains("peak");
        if (months.isEmpty()) notes.add("dated price (" + r.period() + ") vs the year's annual mean");
        else if (!months.get().wholeYear() || peak) {
            read = metric + new Series.Window(months.get().from(), months.get().to(), peak);
            notes.add((peak ? "a peak price vs the highest month of " : "a dated price vs the model's mean price of ") + months.get()
                    + (months.get().assumed() ? " (assumption: early = January-March, mid = June-July, late = October-December)" : ""));
        }
        if ("price_listed".equals(r.quantity())) notes.add("a producer's listed price");
        if (weights.size() > 1) notes.add(PRND_NOTE);
        String symbol = r.element().trim().split("\\s+")[0];
        Tolerance tol = Tolerance.NONE;
        if ("price_domestic".equals(metric) && symbol.equals("Nd")) tol = Tolerance.ND_DOMESTIC_PRICE;
        if ("price_domestic".equals(metric) && symbol.equals("PrNd")) {
            tol = Tolerance.ND_DOMESTIC_PRICE;
            notes.add("the Nd domestic tolerance applied to PrNd");
        }
        if ("price_avg_USGS".equals(r.quantity()) && USGS_TOLERANCE_ELEMENTS.contains(symbol)) tol = Tolerance.USGS_AVERAGE;
        List<Term> terms = new ArrayList<>();
        String readAs = read;
        weights.forEach((e, w) -> terms.add(new Term(w, e, year, List.of(readAs))));
        boolean single = weights.size() == 1;
        comparisons.add(new Comparison("prices", List.of(r), r.quantity(), symbol, r.period(), year, Kind.PRICE, r.asGiven(), usd, "USD/kg",
                single ? read + " " + symbol : read + " (Pr + 3 Nd)/4", terms, List.of(), 1, 0, tol, notes,
                single ? "price" : null, single ? metric : null, single ? symbol : null));
        return null;
    }

    // ---- quantities ----

    private String quantity(Row r) {
        String q = r.quantity();
        if (q.startsWith("imports") && r.unitKind() == Unit.TONNES_GROSS) return "gross weight of ores and compounds, not REO";
        if (q.startsWith("imports") && !q.equals("imports_from_Myanmar_REO_content"))
            return "one origin or a cumulative figure: the model's imports are one metric (imports, all origins)";
        if (q.equals("export_quota_domestic") || q.equals("export_quota_foreign_invested"))
            return (q.endsWith("domestic") ? "domestic enterprises'" : "foreign-invested enterprises'") + " allocation only: the model's export quota is China's total";
        if (q.equals("export_quota_first_batch") || q.equals("export_quota_batch")) return "one batch of a year's allocation: an input of the model (policy.exportQuotaFirstBatch issues a year's "
                    + "quota in a January and a July batch), and annual.csv holds the year's quota only";
        if (q.equals("export_quota_light") || q.equals("export_quota_medium_heavy")) return "light / medium-heavy split: the model's export quota is not split";
        if (q.equals("china_smelting_separation_quota")) return "annual.csv has no metric of the smelting-separation quota";
        if (q.equals("china_mining_quota_batch1")) return "one batch of a year's mining quota: the model's quota is annual";
        if (q.equals("world_supply_china_2008")) return "press figure of China's supply to the world, basis unclear (not mine production)";
        if (q.equals("lynas_event")) return "concentrate stock awaiting a licence: not a flow";
        if (q.equals("lynas_production") && r.parsedPeriod().kind() == HistoryPeriod.Kind.YEAR)
            return "Lynas's output is compared as Australia's (australia_mine_production_USGS)";
        Unit unit = r.unitKind();
        boolean gap = q.equals("foreign_vs_china_customs_gap");
        if (!(gap ? unit == Unit.PERCENT : unit == Unit.TONNES)) return "unit " + r.unit() + ": not comparable";
        if (Double.isNaN(r.value())) return "value '" + r.valueText() + "' is not a number";
        HistoryPeriod p = r.parsedPeriod();
        HistoryPeriod.Months months = p.months().orElse(null);
        if (p.kind() != HistoryPeriod.Kind.YEAR && (months == null || !PART_YEAR_QUANTITIES.contains(q))) return periodReason(p);
        int y = p.firstYear();
        if (y < firstYear || y > lastYear) return "outside the run's horizon " + firstYear + "-" + lastYear;
        List<String> notes = new ArrayList<>();
        // a flow of part of a year: the model's flow summed over the same months
        String window = months == null || months.wholeYear() ? "" : new Series.Window(months.from(), months.to(), false).toString();
        if (!window.isEmpty()) notes.add("part of a year: the model's flow over " + months);
        switch (q) {
            case "export_quota_total" -> add("trade", r, y, "export_quota", List.of("export_quota"), Tolerance.NONE,
                    List.of("an input of the model (policy.exportQuota): checks the config's schedule"), null, null);
            case "exports_customs", "exports_customs_derived", "exports_customs_partial" -> {
                notes.add("customs gross product weight read as REO (data README: within about 10-20 %)");
                if (y >= 2011) notes.add("from 2011 the customs headline also counts products");
                if (q.endsWith("derived")) notes.add("derived by the data's compiler, not a reported figure");
                add("trade", r, y, "exports_registered" + window, List.of("exports_registered" + window), Tolerance.EXPORTS_CUSTOMS, notes,
                        window.isEmpty() ? "exports" : null, window.isEmpty() ? "exports_registered" : null);
            }
            // the issue judges exports against the customs record; this is not one, and its source calls it of low confidence
            case "exports_quota_used_blog" -> add("trade", r, y, "exports_registered", List.of("exports_registered"), Tolerance.NONE,
                    List.of("the quota used, not a customs record: low confidence and basis unknown (the data's note), so shown "
                            + "without a tolerance and not fitted; the same year's customs row (derived) is judged"), "exports", "exports_registered");
            case "foreign_vs_china_customs_gap" -> comparisons.add(new Comparison("trade", List.of(r), q, "REO", r.period(), y, Kind.POINTS,
                    r.asGiven(), r.value(), "%", "100 x (exports_registered + exports_smuggled) / exports_registered - 100",
                    List.of(new Term(1, "REO", y, List.of("exports_registered", "exports_smuggled"))),
                    List.of(new Term(1, "REO", y, List.of("exports_registered"))), 100, -100, Tolerance.NONE,
                    List.of("foreign customs' imports from China above China's exports read as smuggled over registered exports"), null, null, null));
            case "imports_from_Myanmar_REO_content" -> add("trade", r, y, "imports", List.of("imports"), Tolerance.NONE,
                    List.of("all of China's imports in the model (the concentrate of foreign projects that sell ore to China, world.projects.N.concentrateMarket, and any oxide)"),
                    null, null);
            case "china_mining_quota" -> add("production", r, y, "mining_quota", List.of("mining_quota"), Tolerance.NONE,
                    List.of("an input of the model (policy.miningQuota): checks the config's schedule"), "mining", "mining_quota");
            case "china_production", "china_mine_production_USGS" -> {
                add("production", r, y, "mined_registered", List.of("mined_registered"), Tolerance.NONE,
                        List.of("official output: USGS counts the quota, not undocumented output"), "mining", "mined_registered");
                add("production", r, y, "mined_registered + mined_unregistered", List.of("mined_registered", "mined_unregistered"), Tolerance.NONE,
                        List.of("all of China's output in the model, unregistered included"), null, null);
            }
            case "china_separated_output" -> add("production", r, y, "smelted", List.of("smelted"), Tolerance.NONE,
                    List.of("separated products, read as REO"), "supply", "smelted");
            case "china_consumption" -> add("production", r, y, "demand", List.of("demand"), Tolerance.NONE,
                    List.of("demand: oxide needed by domestic manufacturing"), "supply", "demand");
            case "us_production", "australia_mine_production_USGS", "myanmar_production_USGS", "lynas_production" -> {
                List<String> projects = FOREIGN_PROJECTS.get(q.equals("lynas_production") ? "australia_mine_production_USGS" : q);
                if (!this.projects.containsAll(projects)) return "the run has no foreign project named " + String.join(" and ", projects) + " (world.projects)";
                List<String> series = projects.stream().map(pr -> "foreign:" + pr + window).toList();
                comparisons.add(new Comparison("production", List.of(r), q, "REO", r.period(), y, Kind.QUANTITY, r.asGiven(), r.value(), "t",
                        String.join(" + ", series), List.of(new Term(1, "REO", y, series)), List.of(), 1, 0, Tolerance.NONE,
                        List.of("the baseline's project" + (projects.size() > 1 ? "s " : " ") + String.join(" and ", projects)
                                + " (world.projects by name); entry, stops and restarts emerge from prices and lead times"),
                        null, null, null));
            }
            case "world_mine_production", "world_mine_production_BGR" -> {
                boolean usgs = q.equals("world_mine_production");
                List<String> china = usgs && quotaBasisYears.contains(y) ? List.of("mined_registered") : List.of("mined_registered", "mined_unregistered");
                if (china.size() == 1) notes.add("USGS counts China at its mining quota this year (its China row equals the quota row), so China's "
                        + "unregistered output is left out on both sides");
                List<String> foreign = usgs ? foreignAsUsgsRecorded(y, notes) : List.of("mined_foreign");
                List<String> metrics = new ArrayList<>(china);
                metrics.addAll(foreign);
                add("production", r, y, String.join(" + ", china) + " + " + (usgs ? foreignLabel(y) : "mined_foreign"), metrics, Tolerance.WORLD_MINING, notes, null, null);
            }
            default -> { return "no counterpart in the model for " + q; }
        }
        return null;
    }

    /**
     * The model's foreign mining as USGS recorded it in {@code year}: {@code mined_foreign}, or, when USGS recorded no
     * output for a producer the run has projects for, the other projects' output one by one (with a note saying so).
     */
    private List<String> foreignAsUsgsRecorded(int year, List<String> notes) {
        List<String> left = unrecordedProjects.getOrDefault(year, List.of());
        if (left.isEmpty()) return List.of("mined_foreign");
        notes.add("USGS recorded no output this year for the producer of " + String.join(" and ", left)
                + " (a *_production_USGS row of 0), so the model's " + String.join(" and ", left) + " is left out of foreign mining");
        return projects.stream().filter(p -> !left.contains(p)).map(p -> "foreign:" + p).toList();
    }

    /** How {@link #foreignAsUsgsRecorded} reads in the table. */
    private String foreignLabel(int year) {
        List<String> left = unrecordedProjects.getOrDefault(year, List.of());
        return left.isEmpty() ? "mined_foreign" : "mined_foreign without " + String.join(" and ", left.stream().map(p -> "foreign:" + p).toList());
    }

    static String periodReason(HistoryPeriod p) {
        return switch (p.kind()) {
            case DATED, PART -> "part of a year (" + p.text() + "): this quantity is compared over whole years only";
            case FISCAL -> "fiscal year July-June (" + p.text() + "), over two calendar years: the model's flows are annual";
            case SPAN -> "several years (" + p.text() + ")";
            default -> "period '" + p.text() + "' not read";
        };
    }

    private void add(String group, Row r, int y, String model, List<String> metrics, Tolerance tol, List<String> notes, String chart, String series) {
        comparisons.add(new Comparison(group, List.of(r), r.quantity(), "REO", r.period(), y, Kind.QUANTITY, r.asGiven(), r.value(), "t",
                model, List.of(new Term(1, "REO", y, metrics)), List.of(), 1, 0, tol, notes, chart, series, chart == null ? null : "REO"));
    }

    // ---- derived from pairs of rows ----

    private void derived(MarketHistory history) {
        priceRatios();
        Map<Integer, Row> china = lastByYear(history, "china_mine_production_USGS");
        Map<Integer, Row> world = lastByYear(history, "world_mine_production");
        for (Map.Entry<Integer, Row> w : world.entrySet()) {
            int y = w.getKey();
            Row c = china.get(y);
            if (c == null || y < firstYear || y > lastYear) continue;
            String yearNote = "when a year has several rows, the last one (the latest revision) is used";
            double share = 100 * c.value() / w.getValue().value();
            String text = fmt(c.value()) + " / " + fmt(w.getValue().value()) + " t";
            List<String> coverage = new ArrayList<>();
            List<String> foreignMined = foreignAsUsgsRecorded(y, coverage);
            boolean whole = foreignMined.equals(List.of("mined_foreign"));
            String foreignText = foreignLabel(y);
            List<String> official = new ArrayList<>(List.of("mined_registered")), all = new ArrayList<>(List.of("mined_registered", "mined_unregistered"));
            official.addAll(foreignMined);
            all.addAll(foreignMined);
            comparisons.add(new Comparison("derived", List.of(c, w.getValue()), "china_share_of_world_mining (official basis)", "REO", Integer.toString(y), y,
                    Kind.POINTS, text, share, "%", "100 x mined_registered / (mined_registered + " + foreignText + ")",
                    List.of(new Term(1, "REO", y, List.of("mined_registered"))), List.of(new Term(1, "REO", y, official)),
                    100, 0, Tolerance.CHINA_SHARE, with(coverage, "USGS: China = its quota (official output), in the world total too", yearNote), null, null, null));
            comparisons.add(new Comparison("derived", List.of(c, w.getValue()), "china_share_of_world_mining (all output)", "REO", Integer.toString(y), y,
                    Kind.POINTS, text, share, "%", whole ? "100 x (mined_registered + mined_unregistered) / (all three mined)"
                            : "100 x (mined_registered + mined_unregistered) / (mined_registered + mined_unregistered + " + foreignText + ")",
                    List.of(new Term(1, "REO", y, List.of("mined_registered", "mined_unregistered"))),
                    List.of(new Term(1, "REO", y, all)),
                    100, 0, Tolerance.CHINA_SHARE, with(coverage, "the model's unregistered output counted in China and the world", yearNote), null, null, null));
            double foreign = w.getValue().value() - c.value();
            comparisons.add(new Comparison("derived", List.of(w.getValue(), c), "foreign_mine_production (world - China)", "REO", Integer.toString(y), y,
                    Kind.QUANTITY, fmt(w.getValue().value()) + " - " + fmt(c.value()) + " t", foreign, "t", foreignText,
                    List.of(new Term(1, "REO", y, foreignMined)), List.of(), 1, 0, Tolerance.NONE,
                    with(coverage, "world mine production less China's official output", yearNote), whole ? "supply" : null, whole ? "mined_foreign" : null, whole ? "REO" : null));
        }
        Map<Integer, Row> us = lastByYear(history, "us_production"), au = lastByYear(history, "australia_mine_production_USGS"),
                mm = lastByYear(history, "myanmar_production_USGS");
        for (int y : us.keySet()) {
            if (!au.containsKey(y) || !mm.containsKey(y) || y < firstYear || y > lastYear) continue;
            List<Row> rows = List.of(us.get(y), au.get(y), mm.get(y));
            double sum = rows.stream().mapToDouble(Row::value).sum();
            comparisons.add(new Comparison("derived", rows, "foreign_mine_production (US + Australia + Myanmar)", "REO", Integer.toString(y), y,
                    Kind.QUANTITY, String.join(" + ", rows.stream().map(r -> fmt(r.value())).toList()) + " t", sum, "t", "mined_foreign",
                    List.of(new Term(1, "REO", y, List.of("mined_foreign"))), List.of(), 1, 0, Tolerance.NONE,
                    List.of("a lower bound: India, Russia and others are not in the record",
                            "when a year has several rows, the last one (the latest revision) is used"), null, null, null));
        }
    }

    /** {@code notes} followed by {@code more}. */
    private static List<String> with(List<String> notes, String... more) {
        List<String> all = new ArrayList<>(List.of(more));
        all.addAll(notes);
        return all;
    }

    /** FOB/domestic price ratios per element and year where the record has both (see the class comment of the table). */
    private void priceRatios() {
        Map<String, List<Comparison>> domestic = new TreeMap<>(), world = new TreeMap<>();
        for (Comparison c : comparisons) {
            if (c.kind() != Kind.PRICE) continue;
            String key = c.element() + " " + c.year();
            boolean dom = HistoryRun.series(c.numerator().get(0).metrics().get(0)).name().equals("price_domestic");
            (dom ? domestic : world).computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        List<Comparison> ratios = new ArrayList<>();
        for (Map.Entry<String, List<Comparison>> d : domestic.entrySet()) {
            List<Comparison> w = world.get(d.getKey());
            if (w == null) continue;
            List<Comparison> dSel = new ArrayList<>(), wSel = new ArrayList<>();
            String how;
            boolean sameDate;
            for (Comparison wc : w) for (Comparison dc : d.getValue()) if (wc.period().equals(dc.period())) {
                if (!wSel.contains(wc)) wSel.add(wc);
                if (!dSel.contains(dc)) dSel.add(dc);
            }
            if (!wSel.isEmpty()) {
                how = "FOB and domestic quotes of the same date";
                sameDate = true;
            } else {
                sameDate = false;
                Comparison annual = null;
                for (Comparison wc : w) if (HistoryPeriod.parse(wc.period()).kind() == HistoryPeriod.Kind.YEAR) annual = wc;
                if (annual == null) continue;
                wSel.add(annual);
                dSel.addAll(d.getValue());
                how = "the year's average world price (the latest row) over the mean of the year's domestic quotes";
            }
            Comparison first = dSel.get(0);
            double wv = wSel.stream().mapToDouble(Comparison::record).average().orElseThrow();
            double dv = dSel.stream().mapToDouble(Comparison::record).average().orElseThrow();
            List<Row> rows = new ArrayList<>();
            wSel.forEach(c -> rows.addAll(c.rows()));
            dSel.forEach(c -> rows.addAll(c.rows()));
            // quotes of one date: the model's prices of the same months; otherwise the annual means of both
            Series.Window window = sameDate ? HistoryRun.series(first.numerator().get(0).metrics().get(0)).window() : null;
            java.util.function.Function<String, String> as = metricName -> window == null ? metricName : metricName + window;
            List<Term> num = first.numerator().stream().map(t -> new Term(t.weight(), t.element(), t.year(), List.of(as.apply("price_world")))).toList();
            List<Term> den = first.numerator().stream().map(t -> new Term(t.weight(), t.element(), t.year(), List.of(as.apply("price_domestic")))).toList();
            List<String> notes = new ArrayList<>(List.of(how, window == null ? "model: ratio of the annual mean prices"
                    : "model: ratio of the mean prices of months " + window.from() + "-" + window.to()));
            if (num.size() > 1) notes.add(PRND_NOTE);
            ratios.add(new Comparison("derived", rows, "fob_domestic_ratio", first.element(), Integer.toString(first.year()), first.year(), Kind.RATIO,
                    String.format(Locale.ROOT, "%s / %s USD/kg", num(wv), num(dv)), wv / dv, "ratio", as.apply("price_world") + " / " + as.apply("price_domestic"), num, den,
                    1, 0, Tolerance.FOB_DOMESTIC_RATIO, notes, null, null, null));
        }
        comparisons.addAll(ratios);
    }

    private static Map<Integer, Row> lastByYear(MarketHistory h, String quantity) {
        Map<Integer, Row> out = new TreeMap<>();
        for (Row r : h.rows()) {
            if (!r.quantity().equals(quantity) || Double.isNaN(r.value())) continue;
            HistoryPeriod p = r.parsedPeriod();
            if (p.kind() == HistoryPeriod.Kind.YEAR) out.put(p.firstYear(), r);
        }
        return out;
    }

    private static String fmt(double v) { return String.format(Locale.ROOT, "%,.0f", v); }

    private static String num(double v) { return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString(); }
}
