package reesim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Shapes flows.csv into Sankey nodes and links that an ECharts sankey series can draw: stages in fixed columns
 * from left (deposit) to right (sinks), and no cycles.
 *
 * <p>A flow that runs right to left or within a column (world to trade: imports; recycling back to intermediates
 * or trade; state reserve releases) would close a cycle. Such flows leave from the stage's <em>return</em> node
 * instead ("world (imports)", "recycled material", "state (releases)"), a node with no inflow placed one column
 * left of the leftmost stage it feeds. Every other link goes strictly to a column further right, so the graph
 * is acyclic by construction. Deposit to world (mining outside China) leaves from its own node, "deposits abroad",
 * so that the deposit node holds Chinese mining only.
 */
public final class SankeyBuilder {
    /** Stages in column order; stages not listed go to the sink column. */
    static final List<String> STAGE_ORDER = List.of("deposit", "mining", "smelting", "trade", "intermediate",
            "manufacturing", "in_use", "recycling", "world", "state", "landfill", "tailings");
    static final Map<String, Integer> COLUMN = Map.ofEntries(
            Map.entry("deposit", 0), Map.entry("mining", 1), Map.entry("smelting", 2), Map.entry("trade", 3),
            Map.entry("intermediate", 4), Map.entry("manufacturing", 5), Map.entry("in_use", 6),
            Map.entry("recycling", 7));
    static final int SINK_COLUMN = 8;
    static final Map<String, String> LABEL = Map.ofEntries(
            Map.entry("deposit", "deposit"), Map.entry("mining", "mining"), Map.entry("smelting", "smelting / separation"),
            Map.entry("trade", "oxide trade"), Map.entry("intermediate", "intermediate products"),
            Map.entry("manufacturing", "manufacturing"), Map.entry("in_use", "in-use stock"),
            Map.entry("recycling", "recycling"), Map.entry("world", "world"), Map.entry("state", "state (seized, reserve)"),
            Map.entry("landfill", "landfill"), Map.entry("tailings", "tailings"));
    static final Map<String, String> RETURN_LABEL = Map.of(
            "world", "world (imports)", "recycling", "recycled material", "state", "state (releases)");

    /** Which of a stage's nodes a flow leaves from: the stage itself, its return node, or deposits abroad. */
    public enum Side { STAGE, RETURN, ABROAD }

    /** A node: a stage, or one of its outflow-only sides. {@code depth} is the ECharts column. */
    public record Node(String name, String stage, int depth, Side side) {}

    /** A link between node indexes; registered and unregistered tonnes of one pair are separate links. */
    public record Link(int source, int target, boolean registered, double tonnes) {}

    /** Nodes shared by every element and year; links per element and year. */
    public record Sankey(List<Node> nodes, List<String> elements, List<Integer> years,
                         Map<String, Map<Integer, List<Link>>> links) {
        public List<Link> links(String element, int year) {
            return links.getOrDefault(element, Map.of()).getOrDefault(year, List.of());
        }
    }

    private record Pair(int source, int target, boolean registered) {}

    private SankeyBuilder() {}

    static int column(String stage) { return COLUMN.getOrDefault(stage, SINK_COLUMN); }

    /** The side of its source stage a flow leaves from. */
    static Side side(FlowRecord f) {
        if (f.source().equals("deposit") && f.target().equals("world")) return Side.ABROAD;
        return column(f.source()) >= column(f.target()) ? Side.RETURN : Side.STAGE;
    }

    private static boolean usable(FlowRecord f) {
        return !f.source().equals(f.target()) && f.tonnes() > 0;
    }

    private static String key(String stage, Side side) { return stage + "#" + side; }

    /** Builds the diagram; adds an {@code REO} element (the sum over elements) unless the flows have one. */
    public static Sankey build(List<FlowRecord> flows) {
        List<Node> nodes = nodes(flows);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) index.put(key(nodes.get(i).stage(), nodes.get(i).side()), i);

        Set<String> elements = new LinkedHashSet<>();
        Set<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, Map<Pair, Double>>> sums = new LinkedHashMap<>();
        boolean hasReo = flows.stream().anyMatch(f -> f.element().equals(AnnualSeries.REO));
        for (FlowRecord f : flows) {
            elements.add(f.element());
            years.add(f.year());
            if (!usable(f)) continue;
            Pair pair = new Pair(index.get(key(f.source(), side(f))), index.get(key(f.target(), Side.STAGE)), f.registered());
            for (String element : hasReo ? List.of(f.element()) : List.of(f.element(), AnnualSeries.REO)) {
                sums.computeIfAbsent(element, k -> new TreeMap<>()).computeIfAbsent(f.year(), k -> new LinkedHashMap<>())
                        .merge(pair, f.tonnes(), Double::sum);
            }
        }
        if (!hasReo && !elements.isEmpty()) elements.add(AnnualSeries.REO);

        Map<String, Map<Integer, List<Link>>> links = new LinkedHashMap<>();
        sums.forEach((element, byYear) -> byYear.forEach((year, pairs) -> {
            List<Link> list = new ArrayList<>();
            pairs.forEach((p, t) -> list.add(new Link(p.source(), p.target(), p.registered(), t)));
            list.sort(Comparator.comparingInt(Link::source).thenComparingInt(Link::target)
                    .thenComparing(l -> !l.registered()));
            links.computeIfAbsent(element, k -> new TreeMap<>()).put(year, List.copyOf(list));
        }));
        return new Sankey(List.copyOf(nodes), List.copyOf(elements), List.copyOf(years), links);
    }

    /** Stage nodes of every stage that receives or sends forward; return and abroad nodes where flows need them. */
    private static List<Node> nodes(List<FlowRecord> flows) {
        Set<String> stages = new LinkedHashSet<>();
        Map<String, Integer> returnDepth = new LinkedHashMap<>();
        boolean abroad = false;
        for (FlowRecord f : flows) {
            if (!usable(f)) continue;
            stages.add(f.target());
            switch (side(f)) {
                case STAGE -> stages.add(f.source());
                case RETURN -> returnDepth.merge(f.source(), Math.max(0, column(f.target()) - 1), Math::min);
                case ABROAD -> abroad = true;
            }
        }
        List<Node> out = new ArrayList<>();
        for (String s : stages) out.add(new Node(LABEL.getOrDefault(s, s), s, column(s), Side.STAGE));
        returnDepth.forEach((s, d) -> out.add(new Node(RETURN_LABEL.getOrDefault(s, LABEL.getOrDefault(s, s) + " (return)"), s, d, Side.RETURN)));
        if (abroad) out.add(new Node("deposits abroad", "deposit", 0, Side.ABROAD));
        out.sort(Comparator.comparingInt(Node::depth).thenComparing(Node::side)
                .thenComparingInt(n -> stageRank(n.stage())).thenComparing(Node::stage));
        return out;
    }

    private static int stageRank(String stage) {
        int i = STAGE_ORDER.indexOf(stage);
        return i < 0 ? STAGE_ORDER.size() : i;
    }
}
