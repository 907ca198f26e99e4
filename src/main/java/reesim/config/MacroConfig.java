package reesim.config;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * China's GDP per capita and population by year, the drivers of {@code stock_gompertz} demand
 * (seed 002 eq. 7). The yearly series comes from a CSV ({@code year, gdp_per_capita_usd2015,
 * population, kind, source}); before its first and after its last row both series move at the
 * stated growth rates. {@link #validate} reads and checks the CSV.
 */
public class MacroConfig implements Serializable, Validatable {
    static final String CLASSPATH = "classpath:";
    static final List<String> COLUMNS = List.of("year", "gdp_per_capita_usd2015", "population", "kind", "source");
    static final Set<String> KINDS = Set.of("historical", "projection");

    /** The CSV: a file path, or {@code classpath:data/china_macro.csv} for the copy inside the jar. */
    public String file;
    /** Growth per year of GDP per capita before the first row (back-cast). */
    public double gdpGrowthBefore;
    /** Growth per year of population before the first row (back-cast). */
    public double populationGrowthBefore;
    /** Growth per year of GDP per capita after the last row. */
    public double gdpGrowthAfter;
    /** Growth per year of population after the last row. */
    public double populationGrowthAfter;
    /** Years in the centred window over which GDP per capita is averaged (geometric mean) for the trend; 1 = none. */
    public int gdpTrendYears = 1;
    /**
     * 0: Chinese producers' unit costs (mines, illegal sites, separation plants) are USD costs, the same in every year;
     * a year Y: they are RMB costs, stated in the config in USD at Y's exchange rate and converted at each year's own
     * ({@link reesim.data.ExchangeRates}), so the RMB's rise against the dollar raises them in USD.
     */
    public int costsInRmbAt = 0;

    private Series series;

    @Override
    public void validate(String path, Problems p) {
        p.range(path + ".gdpGrowthBefore", gdpGrowthBefore, -0.5, 0.5, "per year");
        p.range(path + ".populationGrowthBefore", populationGrowthBefore, -0.5, 0.5, "per year");
        p.range(path + ".gdpGrowthAfter", gdpGrowthAfter, -0.5, 0.5, "per year");
        p.range(path + ".populationGrowthAfter", populationGrowthAfter, -0.5, 0.5, "per year");
        if (gdpTrendYears < 1 || gdpTrendYears > 21 || gdpTrendYears % 2 == 0)
            p.add(path + ".gdpTrendYears", gdpTrendYears, "an odd number of years in [1, 21] (1 = no smoothing)");
        if (costsInRmbAt != 0 && (costsInRmbAt < 1990 || costsInRmbAt > 2100))
            p.add(path + ".costsInRmbAt", costsInRmbAt, "0 (costs in USD) or the year in [1990, 2100] whose RMB/USD rate the config's Chinese costs are stated at");
        if (p.required(path + ".file", file)) series = read(path + ".file", p);
    }

    /** Chinese producers' unit costs in {@code year} relative to the config's: 1 with costs in USD, else the base year's RMB/USD rate over the year's. */
    public double costIndex(int year) {
        return costsInRmbAt == 0 ? 1 : reesim.data.ExchangeRates.value(costsInRmbAt) / reesim.data.ExchangeRates.value(year);
    }

    /** The series read by {@link #validate}. */
    public Series series() {
        if (series == null) throw new IllegalStateException("macro series not loaded: validate the config first");
        return series;
    }

    private Series read(String key, Problems p) {
        try (Reader in = open()) {
            if (in == null) {
                p.add(key, file, "an existing CSV file, or classpath:data/china_macro.csv (not found)");
                return null;
            }
            CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in);
            if (!csv.getHeaderNames().containsAll(COLUMNS)) {
                p.add(key, file + " header " + csv.getHeaderNames(), "a CSV with the columns " + COLUMNS);
                return null;
            }
            return parse(key, csv.getRecords(), p);
        } catch (IOException | RuntimeException e) {
            p.add(key, file, "a readable CSV file (" + e.getMessage() + ")");
            return null;
        }
    }

    private Reader open() throws IOException {
        if (file.startsWith(CLASSPATH)) {
            InputStream s = MacroConfig.class.getClassLoader().getResourceAsStream(file.substring(CLASSPATH.length()));
            return s == null ? null : new InputStreamReader(s, StandardCharsets.UTF_8);
        }
        Path f = Path.of(file);
        return Files.isRegularFile(f) ? Files.newBufferedReader(f, StandardCharsets.UTF_8) : null;
    }

    private Series parse(String key, List<CSVRecord> rows, Problems p) {
        TreeMap<Integer, CSVRecord> byYear = new TreeMap<>();
        int before = p.list().size();
        for (CSVRecord r : rows) {
            String where = file + " line " + (r.getRecordNumber() + 1);
            Integer year = integer(r.get("year"));
            if (year == null || year < 1800 || year > 2300) p.add(key, where + " year " + r.get("year"), "a year between 1800 and 2300");
            else if (byYear.put(year, r) != null) p.add(key, where + " year " + year, "each year once");
            checkRow(key, where, r, p);
        }
        if (byYear.isEmpty()) p.add(key, file, "at least one row of data");
        else for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
            if (!byYear.containsKey(y)) p.add(key, file + " year " + y, "a row for every year from " + byYear.firstKey() + " to " + byYear.lastKey() + " (year " + y + " is missing)");
        }
        if (p.list().size() > before) return null;
        int first = byYear.firstKey();
        double[] gdp = new double[byYear.size()], pop = new double[byYear.size()];
        String[] kind = new String[byYear.size()], source = new String[byYear.size()];
        byYear.forEach((y, r) -> {
            gdp[y - first] = Double.parseDouble(r.get("gdp_per_capita_usd2015"));
            pop[y - first] = Double.parseDouble(r.get("population"));
            kind[y - first] = r.get("kind");
            source[y - first] = r.get("source");
        });
        return new Series(first, gdp, pop, kind, source, new double[]{gdpGrowthBefore, populationGrowthBefore, gdpGrowthAfter, populationGrowthAfter}, gdpTrendYears);
    }

    private static void checkRow(String key, String where, CSVRecord r, Problems p) {
        Double gdp = number(r.get("gdp_per_capita_usd2015"));
        if (gdp == null || gdp <= 0) p.add(key, where + " gdp_per_capita_usd2015 " + r.get("gdp_per_capita_usd2015"), "a GDP per capita > 0 (USD 2015)");
        Double pop = number(r.get("population"));
        if (pop == null || pop <= 0) p.add(key, where + " population " + r.get("population"), "a population > 0 (persons)");
        if (!KINDS.contains(r.get("kind"))) p.add(key, where + " kind " + r.get("kind"), "a kind among " + KINDS);
        if (r.get("source").isBlank()) p.add(key, where + " source", "a source for every row");
    }

    private static Integer integer(String s) {
        try { return Integer.parseInt(s.trim()); } catch (NumberFormatException e) { return null; }
    }

    private static Double number(String s) {
        try {
            double d = Double.parseDouble(s.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * GDP per capita (USD 2015) and population by year, extended outside the rows at the configured
     * growth rates; the GDP trend is the geometric mean over a centred window of years.
     */
    public static final class Series implements Serializable {
        private final int firstYear;
        private final double[] gdp, population;
        private final String[] kind, source;
        /** Growth per year: GDP before, population before, GDP after, population after the rows. */
        private final double[] growth;
        private final int trendYears;

        public Series(int firstYear, double[] gdp, double[] population, String[] kind, String[] source, double[] growth, int trendYears) {
            this.firstYear = firstYear;
            this.gdp = gdp.clone();
            this.population = population.clone();
            this.kind = kind.clone();
            this.source = source.clone();
            this.growth = growth.clone();
            this.trendYears = trendYears;
        }

        public int firstYear() { return firstYear; }
        public int lastYear() { return firstYear + gdp.length - 1; }
        public double gdpPerCapita(int year) { return extend(gdp, year, growth[0], growth[2]); }
        public double population(int year) { return extend(population, year, growth[1], growth[3]); }
        /** {@code historical} or {@code projection}; {@code extrapolated} outside the rows. */
        public String kind(int year) { return inside(year) ? kind[year - firstYear] : "extrapolated"; }
        public String source(int year) { return inside(year) ? source[year - firstYear] : "growth rates of the macro config"; }

        /** GDP per capita averaged (geometrically) over the centred window of trendYears years. */
        public double gdpTrend(int year) {
            int h = trendYears / 2;
            double logSum = 0;
            for (int y = year - h; y <= year + h; y++) logSum += StrictMath.log(gdpPerCapita(y));
            return StrictMath.exp(logSum / (2 * h + 1));
        }

        private boolean inside(int year) { return year >= firstYear && year <= lastYear(); }

        private double extend(double[] v, int year, double before, double after) {
            if (year < firstYear) return v[0] * StrictMath.pow(1 + before, year - firstYear);
            if (year > lastYear()) return v[v.length - 1] * StrictMath.pow(1 + after, year - lastYear());
            return v[year - firstYear];
        }
    }
}
