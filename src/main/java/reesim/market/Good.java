package reesim.market;

import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;

import java.io.Serializable;

/** What a market trades: the oxide of one element, or a concentrate holding all elements in fixed shares. */
public interface Good extends Serializable {
    /** Ships qty tonnes (REO) from seller to buyer through the ledger. */
    void ship(ShipmentLedger ledger, Account from, Account to, double qty, boolean registered);

    record Oxide(int element) implements Good {
        @Override public void ship(ShipmentLedger l, Account from, Account to, double qty, boolean registered) {
            l.move(from, to, element, qty, registered);
        }
    }

    /** Concentrate of one deposit type; its element shares are fixed by the ore. */
    record Concentrate(String deposit, double[] shares) implements Good {
        @Override public void ship(ShipmentLedger l, Account from, Account to, double qty, boolean registered) {
            l.moveShares(from, to, qty, shares, registered);
        }
    }
}
