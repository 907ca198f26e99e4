package reesim.agents;

import org.apache.commons.math3.distribution.WeibullDistribution;
import reesim.config.ProductConfig;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;
import reesim.kernel.Context;

/**
 * The products of one family in use in China, kept as yearly cohorts. Each month every cohort
 * discards the share its Weibull lifetime distribution says; end-of-life products are offered to
 * the recyclers, and what they do not collect goes to landfill.
 */
public class InUseStock extends Agent {
    private static final int PAST_YEARS = 80;

    private final String family;
    /** Where end-of-life products go first; what recyclers leave is landfilled. */
    private final RecyclingSector recycling;
    private final ProductConfig cfg;
    private final int startYear;
    private final Account account;
    /** [cohort year - startYear + PAST_YEARS][element]: tonnes put into use and still in use. */
    private final double[][] inflow;
    private final double[][] remaining;
    /** Share of units sold in one month that is discarded a given number of months later. */
    private final double[] discardByAgeMonths;
    /** Share of a year's cohort, sold evenly over its twelve months, discarded k months after the year began. */
    private final double[] cohortKernel;
    /** Sales of the current year by month, [month][element]: discarded exactly by age until the year is complete. */
    private final double[][] salesThisYear;
    private final double[] eol;
    private final double[] lastEol;

    /** The stock in use at the start ({@code initialInUseStock}) is booked as an opening stock on the ledger. */
    public InUseStock(String family, ProductConfig cfg, int startYear, int endYear, double[] recipe, int key, RecyclingSector recycling,
                      ShipmentLedger ledger) {
        super("in-use-" + family);
        this.recycling = recycling;
        this.family = family;
        this.cfg = cfg;
        this.startYear = startYear;
        int n = recipe.length;
        this.account = new Account(this, Stage.IN_USE, family, n);
        this.inflow = new double[endYear - startYear + 1 + PAST_YEARS][n];
        this.remaining = new double[inflow.length][n];
        double scale = cfg.lifetimeYears / org.apache.commons.math3.special.Gamma.gamma(1 + 1 / cfg.lifetimeShape);
        WeibullDistribution lifetime = new WeibullDistribution(null, cfg.lifetimeShape, scale);
        this.discardByAgeMonths = new double[inflow.length * 12 + 12];
        for (int a = 1; a < discardByAgeMonths.length; a++) {
            discardByAgeMonths[a] = lifetime.cumulativeProbability(a / 12.0) - lifetime.cumulativeProbability((a - 1) / 12.0);
        }
        this.cohortKernel = new double[discardByAgeMonths.length];
        for (int k = 1; k < cohortKernel.length; k++) {
            double sum = 0;
            for (int sold = 0; sold < 12 && sold < k; sold++) sum += discardByAgeMonths[k - sold];
            cohortKernel[k] = sum / 12;
        }
        this.salesThisYear = new double[12][n];
        this.eol = new double[n];
        this.lastEol = new double[n];
        if (cfg.initialInUseStock > 0) {
            // The stock in use at the start is spread over the past years as if it had grown steadily.
            int years = Math.max(1, (int) Math.round(cfg.lifetimeYears));
            double reo = cfg.initialInUseStock / recipe[key];
            for (int y = 1; y <= years; y++) {
                for (int e = 0; e < n; e++) {
                    double q = reo * recipe[e] / years;
                    inflow[PAST_YEARS - y][e] += q;
                    remaining[PAST_YEARS - y][e] += q;
                    ledger.openStock(account, e, q, true);
                }
            }
        }
    }

    void addToCohort(long tick, int e, double q) {
        int c = (int) (tick / 12) + PAST_YEARS;
        inflow[c][e] += q;
        remaining[c][e] += q;
        salesThisYear[(int) (tick % 12)][e] += q;
    }

    @Override
    protected void act(Context m) {
        long t = m.tick();
        int month = (int) (t % 12);
        if (month == 0) for (double[] row : salesThisYear) java.util.Arrays.fill(row, 0);
        java.util.Arrays.fill(eol, 0);
        int current = (int) (t / 12) + PAST_YEARS;
        for (int c = 0; c < current; c++) {
            long k = t - 12L * (c - PAST_YEARS);
            double share = cohortKernel[(int) Math.min(k, cohortKernel.length - 1)];
            if (share > 0) discard(c, share);
        }
        // this year's sales, month by month
        for (int sold = 0; sold < month; sold++) {
            double share = discardByAgeMonths[month - sold];
            for (int e = 0; e < eol.length; e++) {
                double q = Math.min(remaining[current][e], salesThisYear[sold][e] * share);
                if (q <= 0) continue;
                remaining[current][e] -= q;
                eol[e] += q;
            }
        }
        System.arraycopy(eol, 0, lastEol, 0, eol.length);
        recycling.collectEndOfLife(m, this, eol);
        for (int e = 0; e < eol.length; e++) m.ledger().move(account, Stage.IN_USE, null, Stage.LANDFILL, e, eol[e], true);
    }

    private void discard(int c, double share) {
        for (int e = 0; e < eol.length; e++) {
            double q = Math.min(remaining[c][e], inflow[c][e] * share);
            if (q <= 0) continue;
            remaining[c][e] -= q;
            eol[e] += q;
        }
    }

    public Account account() { return account; }
    public ProductConfig config() { return cfg; }
    public String family() { return family; }
    public double lastEndOfLife(int e) { return lastEol[e]; }

    public String getFamily() { return family; }
    public double getInUse() { return account.total(); }
    public double getLifetimeYears() { return cfg.lifetimeYears; }
}
