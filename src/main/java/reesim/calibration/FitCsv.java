package reesim.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * docs/calibration-fit.csv: the objective before and after, each free parameter and config leaf
 * (prior and fitted value), each fit target (seed mean before and after, relative errors) and each
 * stylised-fact contrast (relative effect before and after; {@code target} holds the effect required).
 */
public final class FitCsv {
    static final String[] HEADER = {"kind", "name", "key", "lower", "upper", "target", "tolerance", "weight",
            "prior", "fitted", "rel_error_prior", "rel_error_fitted"};

    private FitCsv() {}

    public static String render(Calibrator.Result r, ParameterSet params, List<Target> targets, JsonNode config, String runInfo) {
        return render(r, params, targets, List.of(), config, runInfo);
    }

    public static String render(Calibrator.Result r, ParameterSet params, List<Target> targets, List<Contrast> contrasts, JsonNode config, String runInfo) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get())) {
            csv.printRecord("objective", "J", runInfo, "", "", "", "", "", r.prior().objective(), r.best().objective(), "", "");
            for (int i = 0; i < params.size(); i++) {
                FreeParameter f = params.all().get(i);
                csv.printRecord("parameter", f.name(), String.join(";", f.paths()), f.lower(), f.upper(), "", "", "",
                        r.prior().params()[i], r.best().params()[i], "", "");
            }
            for (Map.Entry<String, String> e : r.best().leaves().entrySet()) {
                csv.printRecord("leaf", owner(params, e.getKey()), e.getKey(), "", "", "", "", "", TreePaths.get(config, e.getKey()).asText(), e.getValue(), "", "");
            }
            for (int i = 0; i < targets.size(); i++) {
                Target t = targets.get(i);
                double before = r.prior().means()[i], after = r.best().means()[i];
                csv.printRecord("target", t.id(), String.join("; ", t.sources()), "", "", t.value(), t.tolerance(), t.weight(),
                        before, after, t.relativeError(before), t.relativeError(after));
            }
            for (int i = 0; i < contrasts.size(); i++) {
                Contrast c = contrasts.get(i);
                csv.printRecord("contrast", c.id(), String.join(" ", c.sets()) + " -> " + c.directionWord(), "", "", c.minEffect(), "", c.weight(),
                        r.prior().effects()[i], r.best().effects()[i], "", "");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String owner(ParameterSet params, String path) {
        return params.all().stream().filter(f -> f.paths().contains(path)).map(FreeParameter::name).findFirst().orElse("");
    }
}
