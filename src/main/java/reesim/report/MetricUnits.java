package reesim.report;

import reesim.output.Metric;

import java.util.Optional;

/** The unit of an annual.csv metric, and a guess for an outcome named after one (e.g. {@code mined_unregistered_2010s}). */
final class MetricUnits {
    private MetricUnits() {}

    static String of(Metric m) {
        if (m.label.startsWith("price_")) return "USD/kg";
        return switch (m) {
            case ILLEGAL_MINES_ACTIVE -> "count";
            case STATE_BALANCE -> "MUSD";
            case EXPORT_TARIFF, CHINA_MINING_SHARE -> "fraction";
            case ENFORCEMENT_MINES, ENFORCEMENT_CUSTOMS -> "index";
            case DETECTIONS -> "count/yr";
            case MINING_QUOTA, EXPORT_QUOTA -> "t/yr";
            default -> m.kind == Metric.Kind.STOCK ? "t" : "t/yr";
        };
    }

    /** The unit of the longest metric name contained in {@code name}, if any. */
    static Optional<String> guess(String name) {
        Metric best = null;
        for (Metric m : Metric.VALUES) {
            if (name.contains(m.label) && (best == null || m.label.length() > best.label.length())) best = m;
        }
        return Optional.ofNullable(best).map(MetricUnits::of);
    }
}
