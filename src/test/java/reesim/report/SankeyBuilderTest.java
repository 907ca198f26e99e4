package reesim.report;

import org.junit.jupiter.api.Test;
import reesim.report.SankeyBuilder.Link;
import reesim.report.SankeyBuilder.Node;
import reesim.report.SankeyBuilder.Sankey;
import reesim.report.SankeyBuilder.Side;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SankeyBuilderTest {

    static List<FlowRecord> fixtureFlows() throws Exception {
        return FlowRecord.of(Fixtures.csv(Fixtures.FLOWS));
    }

    /** Kahn's algorithm: true when every node can be ordered, i.e. the links have no cycle. */
    static boolean acyclic(int nodes, List<Link> links) {
        int[] in = new int[nodes];
        for (Link l : links) in[l.target()]++;
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < nodes; i++) if (in[i] == 0) ready.add(i);
        int seen = 0;
        while (!ready.isEmpty()) {
            int n = ready.poll();
            seen++;
            for (Link l : links) if (l.source() == n && --in[l.target()] == 0) ready.add(l.target());
        }
        return seen == nodes;
    }

    static Node node(Sankey s, String name) {
        return s.nodes().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + name + " in " + s.nodes()));
    }

    @Test
    void backwardFlowsLeaveFromTheirOwnNodesSoNoCycleRemains() throws Exception {
        // the fixture has world->trade->world, trade->state->trade and intermediate->recycling->intermediate
        Sankey s = SankeyBuilder.build(fixtureFlows());
        List<Link> links = s.links("Nd", 2000);

        assertThat(acyclic(s.nodes().size(), links)).isTrue();
        for (Link l : links) {
            assertThat(s.nodes().get(l.source()).depth())
                    .as("%s -> %s", s.nodes().get(l.source()).name(), s.nodes().get(l.target()).name())
                    .isLessThan(s.nodes().get(l.target()).depth());
        }
        assertThat(node(s, "world (imports)").side()).isEqualTo(Side.RETURN);
        assertThat(node(s, "recycled material").side()).isEqualTo(Side.RETURN);
        assertThat(node(s, "state (releases)").side()).isEqualTo(Side.RETURN);
        assertThat(node(s, "deposits abroad").side()).isEqualTo(Side.ABROAD);
        // the return and abroad nodes only send
        for (Link l : links) assertThat(s.nodes().get(l.target()).side()).isEqualTo(Side.STAGE);
    }

    @Test
    void stagesRunLeftToRightAndReturnNodesSitLeftOfWhatTheyFeed() throws Exception {
        Sankey s = SankeyBuilder.build(fixtureFlows());
        assertThat(node(s, "deposit").depth()).isZero();
        assertThat(node(s, "mining").depth()).isEqualTo(1);
        assertThat(node(s, "oxide trade").depth()).isEqualTo(3);
        assertThat(node(s, "recycling").depth()).isEqualTo(7);
        assertThat(node(s, "world").depth()).isEqualTo(SankeyBuilder.SINK_COLUMN);
        assertThat(node(s, "landfill").depth()).isEqualTo(SankeyBuilder.SINK_COLUMN);
        // recycled material feeds trade (3) and intermediates (4): one column left of trade
        assertThat(node(s, "recycled material").depth()).isEqualTo(2);
        assertThat(node(s, "world (imports)").depth()).isEqualTo(2);
    }

    @Test
    void everyTonneIsKeptAndRegisteredAndUnregisteredStaySeparate() throws Exception {
        List<FlowRecord> flows = fixtureFlows();
        Sankey s = SankeyBuilder.build(flows);
        double in = flows.stream().filter(f -> f.element().equals("Nd") && f.year() == 2000).mapToDouble(FlowRecord::tonnes).sum();
        List<Link> links = s.links("Nd", 2000);
        assertThat(links.stream().mapToDouble(Link::tonnes).sum()).isEqualTo(in);

        int deposit = s.nodes().indexOf(node(s, "deposit")), mining = s.nodes().indexOf(node(s, "mining"));
        List<Link> mined = links.stream().filter(l -> l.source() == deposit && l.target() == mining).toList();
        assertThat(mined).extracting(Link::registered, Link::tonnes).containsExactly(
                org.assertj.core.groups.Tuple.tuple(true, 9000.0), org.assertj.core.groups.Tuple.tuple(false, 1500.0));
    }

    @Test
    void reoIsTheSumOverElementsPerLink() throws Exception {
        Sankey s = SankeyBuilder.build(fixtureFlows());
        assertThat(s.elements()).containsExactly("Nd", "Pr", "REO");
        assertThat(s.years()).containsExactly(2000, 2001);
        int deposit = s.nodes().indexOf(node(s, "deposit")), mining = s.nodes().indexOf(node(s, "mining"));
        double reo = s.links("REO", 2000).stream().filter(l -> l.source() == deposit && l.target() == mining && l.registered())
                .mapToDouble(Link::tonnes).sum();
        assertThat(reo).isEqualTo(9000.0 + 3000.0);
        assertThat(s.links("Pr", 2001)).isEmpty();
    }

    @Test
    void selfFlowsAndZeroFlowsAreLeftOut() {
        Sankey s = SankeyBuilder.build(List.of(
                new FlowRecord(2000, "Nd", "trade", "trade", true, 5),
                new FlowRecord(2000, "Nd", "mining", "smelting", true, 0),
                new FlowRecord(2000, "Nd", "mining", "smelting", false, 2)));
        assertThat(s.links("Nd", 2000)).hasSize(1);
        assertThat(s.nodes()).extracting(Node::stage).containsExactly("mining", "smelting");
    }

    @Test
    void unknownStagesGoWithTheSinks() {
        Sankey s = SankeyBuilder.build(List.of(new FlowRecord(2000, "Nd", "smelting", "museum", true, 1),
                new FlowRecord(2000, "Nd", "museum", "trade", true, 1)));
        assertThat(node(s, "museum").depth()).isEqualTo(SankeyBuilder.SINK_COLUMN);
        assertThat(node(s, "museum (return)").depth()).isEqualTo(2);
        assertThat(acyclic(s.nodes().size(), s.links("Nd", 2000))).isTrue();
    }

    @Test
    void aRealRunHasNoCycleInAnyElementAndYear() throws Exception {
        Sankey s = SankeyBuilder.build(FlowRecord.read(Fixtures.baselineRun().resolve("flows.csv")));
        assertThat(s.years()).contains(2000, 2020);
        int checked = 0;
        for (String element : s.elements()) {
            for (int year : s.years()) {
                List<Link> links = s.links(element, year);
                assertThat(acyclic(s.nodes().size(), links)).as("%s %d", element, year).isTrue();
                checked += links.isEmpty() ? 0 : 1;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }
}
