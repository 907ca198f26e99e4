package reesim.report;

import org.apache.commons.csv.CSVRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's sobol.csv: {@code outcome, parameter, first_order, total}, with the usual aliases accepted
 * ({@code metric}; {@code param}; {@code S1}, {@code first}; {@code ST}, {@code total_order}) and optional
 * confidence half-widths ({@code first_order_conf} / {@code S1_conf}, {@code total_conf} / {@code ST_conf}).
 */
public final class SobolIndices {
    public record Index(String outcome, String parameter, double firstOrder, double total, double firstConf, double totalConf) {}

    private SobolIndices() {}

    public static List<Index> read(Path sobolCsv) { return of(Csv.read(sobolCsv)); }

    static List<Index> of(Csv csv) {
        String oc = csv.required("outcome", "metric");
        String pc = csv.required("parameter", "param", "knob");
        String fc = csv.required("first_order", "s1", "first", "first_order_index");
        String tc = csv.required("total", "st", "total_order", "total_index");
        String fcc = csv.column("first_order_conf", "s1_conf", "first_conf");
        String tcc = csv.column("total_conf", "st_conf", "total_order_conf");
        List<Index> out = new ArrayList<>();
        for (CSVRecord r : csv.rows) {
            out.add(new Index(r.get(oc), r.get(pc), csv.number(r, fc), csv.number(r, tc),
                    fcc == null ? Double.NaN : csv.number(r, fcc), tcc == null ? Double.NaN : csv.number(r, tcc)));
        }
        return out;
    }
}
