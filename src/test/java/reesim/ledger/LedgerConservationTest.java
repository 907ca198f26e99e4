package reesim.ledger;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Mass conservation on the ledger alone: a few accounts along the chain, no model. */
class LedgerConservationTest {
    private final ShipmentLedger l = new ShipmentLedger(2);
    private final Account mine = new Account("mine", Stage.MINING, "concentrate", 2);
    private final Account conc = new Account("smelter", Stage.SMELTING, "concentrate", 2);
    private final Account oxide = new Account("smelter", Stage.SMELTING, "oxide", 2);
    private final Account trader = new Account("trader", Stage.TRADE, "oxide for export", 2);
    private final Account maker = new Account("maker", Stage.INTERMEDIATE, "oxide", 2);
    private final Account magnet = new Account("maker", Stage.INTERMEDIATE, "magnet", 2);
    private final Account state = new Account("state", Stage.STATE, "reserve", 2);
    private final Account abroad = new Account("trader", Stage.WORLD, "exported oxide", 2);
    private final LedgerBooks books = new LedgerBooks(l, List.of(mine, conc, oxide, trader, maker, magnet, state, abroad));

    @Test
    void movesTransformationsReclassificationsAndBoundaryCrossingsConserveMass() {
        l.openStock(maker, 0, 4, true);
        l.move(null, Stage.DEPOSIT, mine, Stage.MINING, 0, 30, true);
        l.move(null, Stage.DEPOSIT, mine, Stage.MINING, 1, 10, true);
        l.move(null, Stage.DEPOSIT, mine, Stage.MINING, 1, 10, false);
        l.moveShares(mine, conc, 20, new double[]{0.75, 0.25}, true);
        l.move(mine, conc, 1, 5, false);
        books.assertConserved("mined and sold");
        books.endTick();

        l.transform(conc, oxide, 0, 12, true);
        l.transform(conc, oxide, 1, 4, false);
        l.move(conc, Stage.SMELTING, null, Stage.TAILINGS, 0, 3, true);
        l.move(oxide, trader, 1, 4, false);
        l.move(oxide, maker, 0, 6, true);
        l.transform(maker, magnet, 0, 9, true);
        books.assertConserved("separated");
        books.endTick();

        l.reclassify(trader, 1, 3, true);
        l.move(trader, abroad, 1, 3, true);
        l.move(trader, state, 1, 1, false);
        l.reclassify(state, 1, 1, true);
        l.move(magnet, Stage.INTERMEDIATE, null, Stage.WORLD, 0, 9, true);
        l.move(abroad, Stage.WORLD, trader, Stage.TRADE, 1, 2, true);
        l.move(abroad, Stage.WORLD, null, Stage.WORLD, 1, 1, true);
        books.assertConserved("exported, seized, released, consumed abroad");
        books.assertNoNegativePool("end");

        assertThat(books.stock(0)).isCloseTo(4 + 30 - 3 - 9, within(1e-12));
        assertThat(books.stock(1)).isCloseTo(20 - 3 + 2, within(1e-12));
        assertThat(state.registered(1)).isEqualTo(1);
        assertThat(state.grey(1)).isZero();
        assertThat(l.reclassified(Stage.TRADE, true, 1)).isEqualTo(3);
        assertThat(l.reclassified(Stage.STATE, true, 1)).isEqualTo(1);
        assertThat(l.tickReclassified(Stage.STATE, true, 1)).isEqualTo(1);
        assertThat(l.transformed(Stage.SMELTING, 0)).isEqualTo(12);
        assertThat(l.transformed(Stage.INTERMEDIATE, 0)).isEqualTo(9);
        assertThat(l.opened(Stage.INTERMEDIATE, 0)).isEqualTo(4);
        books.endTick();
        assertThat(l.tickReclassified(Stage.STATE, true, 1)).as("closed with the month").isZero();
        assertThat(l.reclassified(Stage.STATE, true, 1)).as("kept over the run").isEqualTo(1);
    }

    @Test
    void transformationsAndReclassificationsAreNotFlows() {
        l.move(null, Stage.DEPOSIT, mine, Stage.MINING, 0, 10, false);
        l.move(mine, conc, 0, 10, false);
        double[][][][] before = books.tickSnapshot();
        long shipments = l.shipmentCount();
        l.transform(conc, oxide, 0, 8, false);
        l.reclassify(oxide, 0, 5, true);
        l.reclassify(oxide, 0, 2, false);
        assertThat(java.util.Arrays.deepEquals(l.tickFlows(), before)).as("tick flows unchanged").isTrue();
        assertThat(l.shipmentCount()).isEqualTo(shipments);
        assertThat(oxide.registered(0)).isEqualTo(3);
        assertThat(oxide.grey(0)).isEqualTo(5);
        assertThat(conc.grey(0)).isEqualTo(2);
        assertThat(l.reclassified(Stage.SMELTING, false, 0)).isEqualTo(2);
    }

    @Test
    void misuseIsRefused() {
        l.openStock(maker, 0, 1, true);
        assertThatThrownBy(() -> l.reclassify(maker, 0, 2, true)).as("more than the pool holds").isInstanceOf(IllegalStateException.class).hasMessageContaining("exceeds");
        assertThatThrownBy(() -> l.reclassify(maker, 0, 1, false)).as("no grey pool downstream").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> l.transform(maker, trader, 0, 1, true)).as("across stages").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> l.transform(maker, magnet, 0, 2, true)).isInstanceOf(IllegalStateException.class).hasMessageContaining("exceeds");
        assertThat(maker.registered(0)).as("a refused operation leaves the account as it was").isEqualTo(1);
        assertThat(maker.grey(0)).isZero();
        l.openStock(maker, 1, 1, false);
        assertThat(maker.registered(1)).as("no grey stock is kept downstream of the market").isEqualTo(1);
    }
}
