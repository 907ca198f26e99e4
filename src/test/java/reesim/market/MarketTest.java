package reesim.market;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MarketTest {
    static final class Wallet implements Trader {
        double cash, bought, sold;
        @Override public void onFill(Market m, boolean b, double q, double p, boolean reg) {
            cash += (b ? -1 : 1) * q * 1000 * p;
            if (b) bought += q; else sold += q;
        }
    }

    @Test
    void clearingShipsGoodsThroughTheLedgerAndPaysTheSeller() {
        ShipmentLedger ledger = new ShipmentLedger(2);
        Account sellerAcct = new Account("s", Stage.SMELTING, "oxide", 2);
        Account buyerAcct = new Account("b", Stage.INTERMEDIATE, "oxide", 2);
        ledger.openStock(sellerAcct, 1, 10, true);
        Wallet seller = new Wallet(), buyer = new Wallet();
        Market m = new Market("Nd", new Good.Oxide(1), false, 5);
        m.ask(seller, sellerAcct, 10, 4, true);
        m.bid(buyer, buyerAcct, 6, 6);
        m.clear(ledger, new MersenneTwisterFast(1));
        assertThat(m.price()).isCloseTo(5, within(1e-9));
        assertThat(buyerAcct.registered(1)).isCloseTo(6, within(1e-9));
        assertThat(sellerAcct.registered(1)).isCloseTo(4, within(1e-9));
        assertThat(ledger.tickFlow(Stage.SMELTING, Stage.INTERMEDIATE, true, 1)).isCloseTo(6, within(1e-9));
        assertThat(seller.cash).isCloseTo(30_000, within(1e-6));
        assertThat(buyer.cash).isCloseTo(-30_000, within(1e-6));
    }

    @Test
    void excessDemandWithoutTradeLiftsThePriceToTheBestBid() {
        Market m = new Market("Tb", new Good.Oxide(0), false, 100);
        m.bid(new Wallet(), new Account("b", Stage.INTERMEDIATE, "x", 1), 1, 130);
        m.clear(new ShipmentLedger(1), new MersenneTwisterFast(1));
        assertThat(m.price()).isEqualTo(130);
        Market n = new Market("La", new Good.Oxide(0), false, 100);
        n.ask(new Wallet(), new Account("s", Stage.SMELTING, "x", 1), 1, 70, true);
        n.clear(new ShipmentLedger(1), new MersenneTwisterFast(1));
        assertThat(n.price()).isEqualTo(70);
    }

    @Test
    void concentrateShipsEveryElementInItsFixedShares() {
        ShipmentLedger ledger = new ShipmentLedger(2);
        Account mine = new Account("mine", Stage.MINING, "conc", 2);
        Account smelter = new Account("sm", Stage.SMELTING, "conc", 2);
        ledger.openStock(mine, 0, 7.5, false);
        ledger.openStock(mine, 1, 2.5, false);
        Market m = new Market("c", new Good.Concentrate("d", new double[]{0.75, 0.25}), false, 1);
        m.ask(new Wallet(), mine, 10, 1, false);
        m.bid(new Wallet(), smelter, 4, 2);
        m.clear(ledger, new MersenneTwisterFast(1));
        assertThat(smelter.grey(0)).isCloseTo(3, within(1e-9));
        assertThat(smelter.grey(1)).isCloseTo(1, within(1e-9));
        assertThat(ledger.tickFlow(Stage.MINING, Stage.SMELTING, false, 0)).isCloseTo(3, within(1e-9));
    }
}
