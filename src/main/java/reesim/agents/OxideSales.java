package reesim.agents;

import reesim.market.Good;
import reesim.market.Market;

import java.io.Serializable;

/**
 * A seller's oxide sales per element: this month's, and a moving average of past months that tells
 * the seller how many months of sales its stock covers.
 */
final class OxideSales implements Serializable {
    private final double[] average;
    private final double[] thisMonth;

    OxideSales(int elements) {
        average = new double[elements];
        thisMonth = new double[elements];
    }

    /** Counts a fill of the seller's ask on an oxide market. */
    void record(Market market, boolean bought, double quantity) {
        if (!bought && market.good() instanceof Good.Oxide ox) thisMonth[ox.element()] += quantity;
    }

    /** Folds last month's sales into the average (weight 0.2) and starts a new month. */
    void roll() {
        for (int e = 0; e < average.length; e++) {
            average[e] = 0.8 * average[e] + 0.2 * thisMonth[e];
            thisMonth[e] = 0;
        }
    }

    double average(int e) { return average[e]; }

    /** Stock as comfortable-stock units of recent sales; {@code minSales} keeps a seller without history from infinite pressure. */
    double stockPressure(int e, double stock, double minSales, double comfortMonths) {
        return stock / Math.max(average[e], minSales) / comfortMonths;
    }
}
