package reesim.agents.rules;

import java.io.Serializable;

/**
 * A seller's memory of its monthly sales, per slot (an element, or a pool): this month's sales so
 * far, and an exponential moving average of past months in which the month just ended weighs
 * {@code weight}. The average moves towards a constant sales level by {@code weight} of the gap
 * each month. It tells the seller how many months of sales its stock covers (its stock pressure).
 * The same memory serves other monthly quantities a firm smooths (orders received, the share of its
 * bids that filled).
 */
public final class SalesMemory implements Serializable {
    private final double weight;
    private final double keep;
    private final double[] average;
    private final double[] thisMonth;

    /** @param weight share of the month just ended in the average (0-1) */
    public SalesMemory(int slots, double weight) {
        this.weight = weight;
        this.keep = 1 - weight;
        this.average = new double[slots];
        this.thisMonth = new double[slots];
    }

    /** Starts the average of a slot at a level (a going concern's history). */
    public void prime(int slot, double level) { average[slot] = level; }

    /** Counts a sale of this month. */
    public void add(int slot, double quantity) { thisMonth[slot] += quantity; }

    /** Folds this month into every slot's average and starts a new month. */
    public void roll() {
        for (int s = 0; s < average.length; s++) roll(s);
    }

    /** Folds this month into one slot's average and starts a new month for it. */
    public void roll(int slot) {
        average[slot] = keep * average[slot] + weight * thisMonth[slot];
        thisMonth[slot] = 0;
    }

    public double average(int slot) { return average[slot]; }

    /**
     * Stock as comfortable-stock units of recent sales: stock / recent monthly sales / comfortable months.
     * {@code minSales} keeps a seller without history from infinite pressure.
     */
    public double stockPressure(int slot, double stock, double minSales, double comfortMonths) {
        return stock / Math.max(average[slot], minSales) / comfortMonths;
    }
}
