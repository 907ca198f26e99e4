package reesim.ledger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Random sequences of ledger operations over a small chain of accounts (openings, shipments in from
 * the boundary, between accounts and out to the boundary, shipments of shares, transformations
 * within a stage, reclassifications, closes of month): after every operation mass is conserved per
 * element, per pool as far as the pools can be followed, no pool is negative, and transformations,
 * reclassifications and openings leave the flow accounts alone.
 */
class LedgerConservationPropertyTest {
    private static final int N = 3;
    private static final double[] SHARES = {0.5, 0.3, 0.2};
    private static final Stage[] SOURCES = {Stage.DEPOSIT, Stage.WORLD};
    private static final Stage[] SINKS = {Stage.WORLD, Stage.LANDFILL, Stage.TAILINGS};
    /** Pairs of accounts of one stage (indices into the fixture) that material can be transformed between. */
    private static final int[][] SAME_STAGE = {{0, 1}, {2, 3}, {5, 6}, {8, 9}};

    record Op(int kind, int a, int b, int e, double x, boolean flag) {}

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, N - 1),
                Arbitraries.oneOf(Arbitraries.doubles().between(0, 1).ofScale(6), Arbitraries.of(0.0, 1.0)),
                Arbitraries.of(true, false)).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(60);
    }

    private static List<Account> fixture() {
        return List.of(
                new Account("mine", Stage.MINING, "concentrate", N),             // 0
                new Account("illegal site", Stage.MINING, "concentrate", N),     // 1
                new Account("smelter", Stage.SMELTING, "concentrate", N),        // 2
                new Account("smelter", Stage.SMELTING, "oxide", N),              // 3
                new Account("trader", Stage.TRADE, "oxide for export", N),       // 4
                new Account("maker", Stage.INTERMEDIATE, "oxide", N),            // 5
                new Account("maker", Stage.INTERMEDIATE, "magnet", N),           // 6
                new Account("phones", Stage.IN_USE, "phones", N),                // 7
                new Account("recycler", Stage.RECYCLING, "scrap", N),            // 8
                new Account("recycler", Stage.RECYCLING, "oxide", N),            // 9
                new Account("state", Stage.STATE, "reserve", N),                 // 10
                new Account("trader", Stage.WORLD, "exported oxide", N),         // 11
                new Account("manufacturer", Stage.MANUFACTURING, "input", N));   // 12
    }

    @Property(tries = 300, seed = "20260318")
    void everySequenceOfOperationsConservesMassAndKeepsPoolsNonNegative(@ForAll("operations") List<Op> ops) {
        ShipmentLedger l = new ShipmentLedger(N);
        List<Account> acc = fixture();
        LedgerBooks books = new LedgerBooks(l, acc);
        double[] openedGrey = new double[N];
        int step = 0;
        for (Op op : ops) {
            String at = "step " + step++ + " " + op;
            Account a = acc.get(op.a() % acc.size()), b = acc.get(op.b() % acc.size());
            int e = op.e();
            double[][][][] before = books.tickSnapshot();
            boolean noFlow = false;
            switch (op.kind()) {
                case 0 -> {   // opening stock
                    double q = 100 * op.x();
                    l.openStock(a, e, q, op.flag());
                    if (!op.flag() && ShipmentLedger.tracksGrey(a.stage()) && !a.stage().boundary && q > 0) openedGrey[e] += q;
                    noFlow = true;
                }
                case 1 -> l.move(null, SOURCES[op.b() % SOURCES.length], a, a.stage(), e, 100 * op.x(), op.flag());
                case 2 -> { if (a != b) l.move(a, b, e, op.x() * a.pool(op.flag(), e), op.flag()); }
                case 3 -> l.move(a, a.stage(), null, SINKS[op.b() % SINKS.length], e, op.x() * a.pool(op.flag(), e), op.flag());
                case 4 -> {
                    if (a == b) break;
                    double most = Double.POSITIVE_INFINITY;
                    for (int k = 0; k < N; k++) most = Math.min(most, a.pool(op.flag(), k) / SHARES[k]);
                    l.moveShares(a, b, op.x() * most, SHARES, op.flag());
                }
                case 5 -> {
                    int[] pair = SAME_STAGE[op.a() % SAME_STAGE.length];
                    Account from = acc.get(pair[op.b() % 2]), to = acc.get(pair[1 - op.b() % 2]);
                    double q = op.x() * from.pool(op.flag(), e);
                    double was = l.transformed(from.stage(), e);
                    l.transform(from, to, e, q, op.flag());
                    assertThat(l.transformed(from.stage(), e) - was).as(at).isCloseTo(q > 0 ? q : 0, within(1e-9));
                    noFlow = true;
                }
                case 6 -> {
                    boolean toReg = op.flag();
                    if (!toReg && !ShipmentLedger.tracksGrey(a.stage())) break;
                    double q = op.x() * a.pool(!toReg, e);
                    double was = l.reclassified(a.stage(), toReg, e), wasTick = l.tickReclassified(a.stage(), toReg, e);
                    double total = a.total(e);
                    l.reclassify(a, e, q, toReg);
                    assertThat(a.total(e)).as(at).isCloseTo(total, within(1e-9 * Math.max(1, total)));
                    assertThat(l.reclassified(a.stage(), toReg, e) - was).as(at).isCloseTo(q > 0 ? q : 0, within(1e-9));
                    assertThat(l.tickReclassified(a.stage(), toReg, e) - wasTick).as(at).isCloseTo(q > 0 ? q : 0, within(1e-9));
                    noFlow = true;
                }
                default -> {
                    books.endTick();
                    for (Stage s : Stage.VALUES) for (boolean r : new boolean[]{true, false})
                        assertThat(l.tickReclassified(s, r, e)).as(at).isZero();
                }
            }
            if (noFlow) assertThat(Arrays.deepEquals(l.tickFlows(), before)).as("%s: the flow accounts are untouched", at).isTrue();
            books.assertNoNegativePool(at);
            books.assertConserved(at);
            assertGreyFollowed(l, acc, books, openedGrey, at);
        }
    }

    /**
     * The unregistered pools alone: grey stock = grey opened + grey shipped into a stage that keeps
     * it - grey shipped out of the chain's stages + reclassified to grey - reclassified to registered.
     */
    private static void assertGreyFollowed(ShipmentLedger l, List<Account> acc, LedgerBooks books, double[] openedGrey, String at) {
        for (int e = 0; e < N; e++) {
            double stock = 0;
            for (Account a : acc) if (!a.stage().boundary) stock += a.grey(e);
            double in = 0, out = 0, reclassified = 0;
            for (Stage s : Stage.VALUES) {
                if (!s.boundary) reclassified += l.reclassified(s, false, e) - l.reclassified(s, true, e);
                for (Stage d : Stage.VALUES) {
                    double q = books.flow(s, d, false, e);
                    if (!s.boundary) out += q;
                    if (!d.boundary && ShipmentLedger.tracksGrey(d)) in += q;
                }
            }
            double expected = openedGrey[e] + in - out + reclassified;
            assertThat(stock).as("%s: grey stock of element %d", at, e)
                    .isCloseTo(expected, within(1e-9 * Math.max(1, Math.max(stock, in + out))));
        }
    }
}
