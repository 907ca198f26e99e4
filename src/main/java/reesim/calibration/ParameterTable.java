package reesim.calibration;

/** The free parameters in markdown: leaves, bounds, hand-set value, the config's value now, and why each is free. */
public final class ParameterTable {
    private ParameterTable() {}

    public static String markdown(ParameterSet params, PriorValues priors) {
        StringBuilder sb = new StringBuilder("| parameter | config leaves | mode | lower | upper | hand-set | now | why free |\n");
        sb.append("|---|---|---|---:|---:|---:|---:|---|\n");
        for (FreeParameter f : params.all()) {
            String leaves = f.paths().size() == 1 ? "`" + f.paths().get(0) + "`" : f.paths().size() + " leaves: `" + f.paths().get(0) + "`, ...";
            double handSet = f.scale() ? 1.0 : priors.reference(f.paths().get(0));
            sb.append("| ").append(f.name()).append(" | ").append(leaves).append(" | ").append(f.scale() ? "scale" : "value").append(" | ")
              .append(Numbers.format(f.lower(), f.integer())).append(" | ").append(Numbers.format(f.upper(), f.integer())).append(" | ")
              .append(Numbers.format(handSet, f.integer())).append(" | ").append(Numbers.format(f.prior(priors), f.integer())).append(" | ")
              .append(f.why().replace("|", "/")).append(" |\n");
        }
        return sb.toString();
    }
}
