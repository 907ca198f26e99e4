package reesim.demand;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes fitted stock Gompertz parameters into a config file in place: only the lines under
 * {@code products.<family>.demand} change; every other line and comment is kept.
 */
public final class DemandYamlWriter {
    private static final Pattern TOP_LEVEL = Pattern.compile("^[^\\s#].*");
    private static final Pattern FAMILY_LEVEL = Pattern.compile("^ {2}[^\\s#].*");

    private DemandYamlWriter() {}

    /** Replaces the children of each family's {@code demand:} line in {@code file}. */
    public static void write(Path file, Map<String, List<String>> demandLinesByFamily) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (Map.Entry<String, List<String>> e : demandLinesByFamily.entrySet()) lines = replaceDemand(lines, e.getKey(), e.getValue());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".fit-demand.tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The lines with the children of {@code products.<family>.demand} replaced by {@code children}. */
    public static List<String> replaceDemand(List<String> lines, String family, List<String> children) {
        int products = find(lines, 0, lines.size(), "products:");
        int end = next(lines, products + 1, TOP_LEVEL);
        int fam = find(lines, products + 1, end, "  " + family + ":");
        int famEnd = Math.min(end, next(lines, fam + 1, FAMILY_LEVEL));
        int demand = find(lines, fam + 1, famEnd, "    demand:");
        int from = demand + 1, to = from;
        while (to < famEnd && lines.get(to).startsWith("      ")) to++;
        List<String> out = new ArrayList<>(lines.subList(0, from));
        out.addAll(children);
        out.addAll(lines.subList(to, lines.size()));
        return out;
    }

    /** The demand block of a fitted family, each leaf with its unit and source. */
    public static List<String> stockGompertzLines(GompertzFit.Result r) {
        DurableTarget t = r.family().target();
        String source = "fitted by reesim fit-demand to seed_facts demand_" + t.key() + " 2017 and forecast_demand_" + t.key() + " 2050"
                + soft(t);
        String fit = String.format(Locale.ROOT, "fit: 2017 %.0f t Nd (target %.0f), 2050 %.0f (target %.0f)%s",
                r.demand2017(), t.demand2017(), r.demand2050(), t.demand2050(),
                String.format(Locale.ROOT, ", growth 2000-2017 %.1f %%/yr (%s %.1f)", 100 * r.growth(),
                        t.growthFromNote() ? "note" : "group prior", 100 * t.growth2000to2017()));
        return List.of(
                "      method: stock_gompertz  # growth|gompertz|stock_gompertz | seed 002 s2.1 eq. 7-9: stock from Gompertz ownership in GDP per capita (macro block), demand = stock change + end of life; " + fit,
                "      saturationPerCapita: " + plain(r.saturationPerCapita()) + "  # units in use per capita (VS; units made, incl. the export share) | " + source,
                "      alpha: " + plain(r.alpha()) + "  # Gompertz displacement (< 0) | " + source,
                "      beta: " + plain(r.beta()) + "  # per USD 2015 of GDP per capita (< 0) | " + source);
    }

    private static String soft(DurableTarget t) {
        List<String> s = new ArrayList<>();
        s.add(t.growthFromNote() ? "the note's 2000-2017 growth" : "the group's 2000-2017 growth (seed 002 s3.1)");
        if (t.stock2017() != null) s.add("the seed 002 s3.1 in-use stock 2017");
        return s.isEmpty() ? "" : "; softly " + String.join(" and ", s);
    }

    /** Six significant digits, never in exponent notation (YAML reads it back as a number). */
    static String plain(double v) {
        String s = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    private static int find(List<String> lines, int from, int to, String head) {
        for (int i = from; i < to; i++) {
            String l = lines.get(i);
            if (l.startsWith(head) && (l.length() == head.length() || l.charAt(head.length()) == ' ')) return i;
        }
        throw new IllegalArgumentException("no line '" + head.strip() + "' where expected in the config (lines " + (from + 1) + "-" + to + ")");
    }

    private static int next(List<String> lines, int from, Pattern p) {
        for (int i = from; i < lines.size(); i++) if (p.matcher(lines.get(i)).matches()) return i;
        return lines.size();
    }
}
