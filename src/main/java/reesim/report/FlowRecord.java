package reesim.report;

import org.apache.commons.csv.CSVRecord;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One row of flows.csv: tonnes of an element moved from one stage to another in a year. */
public record FlowRecord(int year, String element, String source, String target, boolean registered, double tonnes) {

    public static List<FlowRecord> read(Path flowsCsv) { return of(Csv.read(flowsCsv)); }

    static List<FlowRecord> of(Csv csv) {
        String yc = csv.required("year"), ec = csv.required("element"), sc = csv.required("source"),
                tc = csv.required("target"), rc = csv.required("registered"), qc = csv.required("tonnes");
        List<FlowRecord> out = new ArrayList<>(csv.rows.size());
        for (CSVRecord r : csv.rows) {
            String reg = r.get(rc).trim().toLowerCase();
            if (!reg.equals("true") && !reg.equals("false")) throw new ReportInputException(csv.name + " line "
                    + (r.getRecordNumber() + 1) + ": column " + rc + " is '" + r.get(rc) + "', expected true or false");
            out.add(new FlowRecord(csv.integer(r, yc), r.get(ec), r.get(sc), r.get(tc), reg.equals("true"), csv.number(r, qc)));
        }
        return out;
    }
}
