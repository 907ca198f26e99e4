package reesim.calibration;

import reesim.config.ModelConfig;
import reesim.output.Metric;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One yearly model quantity a target is built from, written {@code kind:name} in targets.yaml.
 * {@code metric:<label>} is a row of annual.csv; the others are read from the agents every tick:
 * {@code demand:<family>} (intermediate content ordered by a manufacturer, summed over the year),
 * {@code path:<family>} (what it would order on its demand path at the price its users are used to, i.e. without the
 * price response: the demand concept of Yao et al.'s forecasts),
 * {@code in_use:<family>} (content in use at year end), {@code eol:<family>} (end-of-life flow),
 * {@code made:<intermediate>} (content of intermediates produced in China), {@code made_abroad:<intermediate>}
 * (content foreign makers made themselves, the rest of foreign demand being bought from China),
 * {@code input:<intermediate>} (oxide Chinese makers used up, production scrap included: China's consumption), {@code mined:<deposit>}
 * (registered, over-quota and illegal output from one deposit type) and
 * {@code mined_registered:<deposit>} (the legal mines' registered output only) and
 * {@code foreign:<project>} (what one foreign mining project of {@code world.projects} mined) and
 * {@code customs:seized} (oxide customs seized from smugglers; the metric {@code seized} also counts
 * what plant and mine inspections confiscate) and {@code stock:producers} (producers' unsold stock at year end: the
 * {@code stockpile} metric without the state's). A family name {@code @x} stands for every product
 * family made from intermediate {@code x}. Agent series of element REO sum the elements.
 * <p>
 * A series may be read over months of the year only, written after it in brackets: {@code metric:price_domestic[1-6]}
 * (January-June), {@code metric:price_domestic[12]} (December), {@code metric:exports_registered[1-9]}; a flow is
 * summed over those months, a level (a price) averaged, a stock read at the last of them. {@code [1-6 highest]} takes
 * the highest month instead (a record's peak price).
 */
public record Series(Kind kind, String name, Window window) implements java.io.Serializable {
    public enum Kind {
        METRIC, DEMAND, PATH, IN_USE, EOL, MADE, MADE_ABROAD, INPUT, MINED, MINED_REGISTERED, FOREIGN, CUSTOMS, STOCK;

        public String label() { return name().toLowerCase(Locale.ROOT); }

        /** Stocks are read at year end; everything else is a flow summed over the year. */
        public boolean isStock() { return this == IN_USE || this == STOCK; }
    }

    /** Months {@code from}-{@code to} (1-12) of the year; {@code highest}: the highest month rather than the months' sum or mean. */
    public record Window(int from, int to, boolean highest) implements java.io.Serializable {
        private static final Pattern TEXT = Pattern.compile("\\[(\\d{1,2})(?:-(\\d{1,2}))?( highest)?]");

        public Window {
            if (from < 1 || to > 12 || from > to) throw new IllegalArgumentException("months " + from + "-" + to + ": expected 1 <= from <= to <= 12");
        }

        public boolean contains(int month) { return month >= from && month <= to; }

        /** The bracketed form, e.g. {@code [1-6]}, {@code [12]}, {@code [1-6 highest]}. */
        @Override
        public String toString() { return "[" + from + (to == from ? "" : "-" + to) + (highest ? " highest" : "") + "]"; }

        /** The window {@code text} writes in its bracketed form; empty when it does not read as one. */
        static Optional<Window> parseSuffix(String text) {
            Matcher m = TEXT.matcher(text);
            if (!m.matches()) return Optional.empty();
            int from = Integer.parseInt(m.group(1)), to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            try {
                return Optional.of(new Window(from, to, m.group(3) != null));
            } catch (IllegalArgumentException outOfRange) {
                return Optional.empty();
            }
        }
    }

    /** A series read over the whole year. */
    public Series(Kind kind, String name) { this(kind, name, null); }

    /** Parses {@code kind:name} or {@code kind:name[months]}; empty if malformed. */
    public static Optional<Series> parse(String text) {
        if (text == null) return Optional.empty();
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) return Optional.empty();
        String kind = text.substring(0, colon).trim(), name = text.substring(colon + 1).trim();
        Window window = null;
        int bracket = name.indexOf('[');
        if (bracket >= 0) {
            Optional<Window> w = Window.parseSuffix(name.substring(bracket));
            if (w.isEmpty() || bracket == 0) return Optional.empty();
            window = w.get();
            name = name.substring(0, bracket).trim();
        }
        String n = name;
        Window win = window;
        return Arrays.stream(Kind.values()).filter(k -> k.label().equals(kind)).findFirst().map(k -> new Series(k, n, win));
    }

    /** Whether month {@code month} (1-12) of a year is read. */
    public boolean reads(int month) { return window == null || window.contains(month); }

    /** Why this series cannot be observed in a run of {@code cfg}, or empty when it can. */
    public Optional<String> problemIn(ModelConfig cfg) {
        return switch (kind) {
            case METRIC -> metric().isPresent() ? Optional.empty() : Optional.of("a metric of annual.csv (see README: Outputs)");
            case DEMAND, PATH, IN_USE, EOL -> familyGroup()
                    ? (cfg.intermediates.containsKey(name.substring(1)) ? Optional.empty() : Optional.of("@ and one of the intermediates " + cfg.intermediates.keySet()))
                    : (cfg.products.containsKey(name) ? Optional.empty() : Optional.of("a product family of the config " + cfg.products.keySet()));
            case MADE, INPUT -> cfg.intermediates.containsKey(name) ? Optional.empty() : Optional.of("one of the intermediates " + cfg.intermediates.keySet());
            case MADE_ABROAD -> cfg.world.intermediateDemand.containsKey(name) && cfg.intermediates.containsKey(name) ? Optional.empty()
                    : Optional.of("one of the intermediates with foreign demand " + cfg.world.intermediateDemand.keySet());
            case MINED, MINED_REGISTERED -> cfg.deposits.containsKey(name) ? Optional.empty() : Optional.of("one of the deposits " + cfg.deposits.keySet());
            case FOREIGN -> cfg.world.projects.stream().anyMatch(p -> p.name.equals(name)) ? Optional.empty()
                    : Optional.of("one of the foreign projects " + cfg.world.projects.stream().map(p -> p.name).toList());
            case CUSTOMS -> "seized".equals(name) ? Optional.empty() : Optional.of("customs:seized");
            case STOCK -> "producers".equals(name) ? Optional.empty() : Optional.of("stock:producers");
        };
    }

    public Optional<Metric> metric() {
        return kind != Kind.METRIC ? Optional.empty() : Arrays.stream(Metric.VALUES).filter(m -> m.label.equals(name)).findFirst();
    }

    /** True for {@code @intermediate}, i.e. every family made from that intermediate. */
    public boolean familyGroup() { return name.startsWith("@"); }

    /** Whether a product family (with its intermediate) is selected by this series' name. */
    public boolean selects(String family, String intermediate) {
        return familyGroup() ? name.substring(1).equals(intermediate) : name.equals(family);
    }

    @Override
    public String toString() { return kind.label() + ":" + name + (window == null ? "" : window.toString()); }
}
