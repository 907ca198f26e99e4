package reesim.ledger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShipmentLedgerTest {
    @Test
    void greyMaterialStaysGreyWhereIllegalStockIsTrackedAndIsLaunderedDownstream() {
        ShipmentLedger l = new ShipmentLedger(1);
        Account mine = new Account("m", Stage.MINING, "c", 1);
        Account smelter = new Account("s", Stage.SMELTING, "c", 1);
        Account maker = new Account("k", Stage.INTERMEDIATE, "o", 1);
        l.move(null, Stage.DEPOSIT, mine, Stage.MINING, 0, 5, false);
        assertThat(mine.grey(0)).isEqualTo(5);
        l.move(mine, smelter, 0, 5, false);
        assertThat(smelter.grey(0)).isEqualTo(5);
        l.move(smelter, maker, 0, 2, false);
        assertThat(maker.registered(0)).isEqualTo(2);
        assertThat(l.tickFlow(Stage.SMELTING, Stage.INTERMEDIATE, false, 0)).isEqualTo(2);
    }

    @Test
    void shippingMoreThanTheSellerHoldsIsAnError() {
        ShipmentLedger l = new ShipmentLedger(1);
        Account a = new Account("a", Stage.SMELTING, "o", 1), b = new Account("b", Stage.TRADE, "o", 1);
        l.openStock(a, 0, 1, true);
        assertThatThrownBy(() -> l.move(a, b, 0, 2, true)).isInstanceOf(IllegalStateException.class).hasMessageContaining("exceeds");
    }

    @Test
    void endTickClearsTheTickAccounts() {
        ShipmentLedger l = new ShipmentLedger(1);
        l.move(null, Stage.DEPOSIT, new Account("m", Stage.MINING, "c", 1), Stage.MINING, 0, 3, true);
        assertThat(l.tickFlow(Stage.DEPOSIT, Stage.MINING, true, 0)).isEqualTo(3);
        l.endTick();
        assertThat(l.tickFlow(Stage.DEPOSIT, Stage.MINING, true, 0)).isZero();
        assertThat(l.shipmentCount()).isEqualTo(1);
    }
}
