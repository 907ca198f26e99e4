package reesim.report;

import org.apache.commons.csv.CSVRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** annual.csv ({@code year,element,metric,value}) as one array per metric and element over the run's years. */
public final class AnnualSeries {
    public static final String REO = "REO";

    private final int firstYear;
    private final int lastYear;
    private final List<String> elements;
    private final Map<String, Map<String, double[]>> values;

    private AnnualSeries(int firstYear, int lastYear, List<String> elements, Map<String, Map<String, double[]>> values) {
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.elements = elements;
        this.values = values;
    }

    public static AnnualSeries read(Path annualCsv) { return of(Csv.read(annualCsv)); }

    static AnnualSeries of(Csv csv) {
        String yc = csv.required("year"), ec = csv.required("element"), mc = csv.required("metric"), vc = csv.required("value");
        if (csv.rows.isEmpty()) throw new ReportInputException(csv.name + ": no rows");
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (CSVRecord r : csv.rows) {
            int y = csv.integer(r, yc);
            first = Math.min(first, y);
            last = Math.max(last, y);
        }
        Set<String> elements = new LinkedHashSet<>();
        Map<String, Map<String, double[]>> values = new LinkedHashMap<>();
        int n = last - first + 1;
        for (CSVRecord r : csv.rows) {
            String element = r.get(ec);
            elements.add(element);
            double[] arr = values.computeIfAbsent(r.get(mc), k -> new HashMap<>())
                    .computeIfAbsent(element, k -> nanArray(n));
            arr[csv.integer(r, yc) - first] = csv.number(r, vc);
        }
        List<String> ordered = new ArrayList<>(elements);
        if (ordered.remove(REO)) ordered.add(REO);
        return new AnnualSeries(first, last, List.copyOf(ordered), values);
    }

    private static double[] nanArray(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    public int firstYear() { return firstYear; }

    public int lastYear() { return lastYear; }

    public int yearCount() { return lastYear - firstYear + 1; }

    /** Elements in order of appearance, {@code REO} (the sum over elements) last. */
    public List<String> elements() { return elements; }

    /** The values of a metric for an element, one per year from {@link #firstYear()}; NaN where the file has none. */
    public Optional<double[]> get(String metric, String element) {
        Map<String, double[]> byElement = values.get(metric);
        double[] a = byElement == null ? null : byElement.get(element);
        return Optional.ofNullable(a == null ? null : a.clone());
    }
}
