package reesim.agents;

import reesim.agents.rules.CapacityInvestment;
import reesim.agents.rules.UniformSpread;
import reesim.agents.rules.RiskWeightedChoice;
import reesim.agents.rules.SalesMemory;
import reesim.config.BehaviourConfig;
import reesim.config.DepositConfig;
import reesim.config.MineGroupConfig;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;
import reesim.market.Market;
import reesim.kernel.Context;
import reesim.kernel.EnvironmentalStandard;

/**
 * A legal mine on one deposit type. Each month it extracts registered ore within its quota
 * allotment when the concentrate price covers its cost, and decides whether to dig beyond the
 * allotment: over-quota ore is unregistered and sold on the grey concentrate market, at the risk
 * of inspection (fine, confiscation, shutdown). It weighs the expected profit against the expected
 * penalty, scaled by its own risk aversion.
 */
public class Mine extends Agent {
    /** The pools of the sales memory. */
    private static final int REGISTERED = 0, GREY = 1;

    private final String deposit;
    private final DepositConfig depositCfg;
    private double capacity;
    private final CapacityInvestment investment;
    private final BehaviourConfig.MineBehaviour rules;
    /** Its faces' costs spread uniformly over unit cost x (1 +/- costSpread). */
    private final double costSpread;
    private final double[] overQuotaOptions;
    private final double baseCost;
    private final double riskAversion;
    private final int openYear;
    private final double reserves0;
    private double reserves;
    private final Account concentrate;

    private double allotment = Double.POSITIVE_INFINITY;
    /** Share of its over-quota digging its state group stops (0 while not in one). */
    private double groupControl;
    private double registeredThisYear;
    private long shutUntil = -1;
    private double lastRegistered, lastUnregistered, lastCost;
    /** Concentrate sales of each pool (registered, grey). */
    private final SalesMemory sales;
    /** Whether it has invested to meet its class's environmental standard. */
    private boolean compliant;
    private int rectifications;
    /** This year so far: months open, registered output, and the sum of the registered margin (price less cost) over the months. */
    private int openMonthsThisYear, monthsThisYear;
    private double registeredOutputThisYear, marginSumThisYear;

    public Mine(String id, MineGroupConfig g, DepositConfig d, double reservesShare, double riskAversion, int elements,
                BehaviourConfig.MineBehaviour rules) {
        super(id);
        this.deposit = g.deposit;
        this.depositCfg = d;
        this.capacity = g.capacity;
        this.rules = rules;
        this.costSpread = g.costSpread(rules.costSpread);
        this.investment = CapacityInvestment.growing(CapacityInvestment.Growth.SCALED, g.maxCapacityGrowth, rules.nearFull, 0);
        this.overQuotaOptions = BehaviourConfig.array(rules.overQuotaOptions);
        this.sales = new SalesMemory(2, rules.salesMemoryWeight);
        this.baseCost = g.unitCost;
        this.riskAversion = riskAversion;
        this.openYear = g.openYear;
        this.reserves0 = d.reserves * reservesShare;
        this.reserves = reserves0;
        this.concentrate = new Account(this, Stage.MINING, "concentrate", elements);
    }

    @Override
    protected void act(Context m) {
        long t = m.tick();
        int year = m.calendar().year(t);
        if (m.calendar().isJanuary(t)) {
            registeredThisYear = 0;
            if (t > 0) capacity = investment.review(capacity, investment.cashRose(cash));
            reviewCompliance(m);
        }
        Market regMarket = m.markets().concentrate(deposit, true);
        Market greyMarket = m.markets().concentrate(deposit, false);
        lastRegistered = lastUnregistered = 0;
        double monthlyCap = capacity / 12;
        lastCost = unitCost(m, regMarket.price());
        boolean open = year >= openYear && t >= shutUntil && reserves > 0;
        monthsThisYear++;
        marginSumThisYear += regMarket.price() - lastCost;
        if (open) openMonthsThisYear++;
        if (open) {
            boolean quotaBinds = Double.isFinite(allotment);
            double room = quotaBinds ? Math.max(0, allotment - registeredThisYear) / m.calendar().monthsLeftInYear(t) : monthlyCap;
            double faces = UniformSpread.shareBelow(regMarket.price(), lastCost, costSpread);
            double qReg;
            if (rules.outputToStockTarget) {
                qReg = Math.min(Math.min(Math.min(monthlyCap, room), plannedOutput(m, monthlyCap)) * faces, reserves);
            } else {
                double willing = faces * m.marketRules().willingness(stockPressure(m, true, monthlyCap));
                qReg = Math.min(Math.min(monthlyCap, room) * willing, reserves);
            }
            extract(m, qReg, true, workedFacesCost(regMarket.price()));
            registeredThisYear += qReg;
            registeredOutputThisYear += qReg;
            lastRegistered = qReg;
            if (quotaBinds) {
                double headroom = Math.min(monthlyCap - qReg, reserves);
                // like registered ore, grey ore is dug only as fast as it sells
                double greyPressure = stockPressure(m, false, monthlyCap);
                double qGrey = headroom * chooseOverQuota(m, headroom, greyMarket.price(), regMarket.price(), qReg, lastCost) * m.marketRules().willingness(greyPressure)
                        * (1 - groupControl);
                extract(m, qGrey, false, lastCost);
                lastUnregistered = qGrey;
            }
            investment.record(lastRegistered + lastUnregistered);
        }
        double ref = m.marketRules().concentrateAskReference(deposit);
        double pressure = m.marketRules().askPressure(stockPressure(m, true, monthlyCap));
        m.pricing().ask(regMarket, this, concentrate, concentrate.poolTotal(true), true, ref, pressure, askFloor());
        m.pricing().ask(greyMarket, this, concentrate, concentrate.poolTotal(false), false, greyMarket.price(), 1, lastCost * rules.greyAskFloor);
        sales.roll();
    }

    /**
     * Each January, under an environmental standard it does not yet meet: invests to meet it when the registered margin
     * it would lose to closures (last year's margin and output while open, the closed share it expects, weighed by its
     * risk aversion) is worth at least the investment spread over its payback years; otherwise it works on below the
     * standard and risks closure (Yao et al. 2021 s3.1: registered ion-clay output fell from 2007 under stricter
     * environmental pressure, while unregistered output grew).
     */
    private void reviewCompliance(Context m) {
        EnvironmentalStandard std = m.instruments().environmentalStandard(depositCfg);
        if (std != null && !compliant && monthsThisYear > 0) {
            double marginPerKg = marginSumThisYear / monthsThisYear;
            double yearlyOutput = openMonthsThisYear > 0 ? registeredOutputThisYear * 12 / openMonthsThisYear : capacity * rules.minSalesShare;
            if (choosesToComply(std, marginPerKg, yearlyOutput)) {
                pay(-std.capitalPerTonne() * capacity);
                compliant = true;
            }
        }
        openMonthsThisYear = monthsThisYear = 0;
        registeredOutputThisYear = marginSumThisYear = 0;
    }

    /** Whether meeting the standard pays: the closures it avoids cost more, risk-weighted, than the investment a year. */
    boolean choosesToComply(EnvironmentalStandard std, double marginPerKg, double yearlyOutput) {
        double yearlyMargin = Math.max(0, marginPerKg) * 1000 * yearlyOutput;
        double investmentPerYear = std.capitalPerTonne() * capacity / std.paybackYears();
        return yearlyMargin > 0 && riskAversion * std.expectedClosedShare() * yearlyMargin >= investmentPerYear;
    }

    /** Closed for rectification until {@code untilTick} after inspectors found it below the environmental standard. */
    public void closeForRectification(long untilTick) {
        shutUntil = Math.max(shutUntil, untilTick);
        rectifications++;
    }

    /** How often it has been closed for rectification. */
    public int getRectifications() { return rectifications; }

    /** Whether it meets its class's environmental standard (it has invested to). */
    public boolean isCompliant() { return compliant; }

    /** Whether it is working this month (not shut, opened, with reserves left). */
    public boolean isOpen(Context m) {
        long t = m.tick();
        return m.calendar().year(t) >= openYear && t >= shutUntil && reserves > 0;
    }

    /**
     * Registered ore to dig this month when output is planned toward a stock target: the sales it expects (its recent
     * average, at least its minimum) plus the gap between its comfortable stock ({@code behaviour.mine.comfortableStockMonths}
     * of those sales) and the stock it holds.
     */
    private double plannedOutput(Context m, double monthlyCap) {
        double expected = Math.max(sales.average(REGISTERED), monthlyCap * rules.minSalesShare);
        return expected > 0 ? m.marketRules().orderUpTo(expected, concentrate.poolTotal(true) / expected, comfortableStockMonths(m)) : 0;
    }

    /** Concentrate in store (one pool) as comfortable-stock units of that pool's recent monthly sales. */
    private double stockPressure(Context m, boolean registered, double monthlyCap) {
        return sales.stockPressure(registered ? REGISTERED : GREY, concentrate.poolTotal(registered), monthlyCap * rules.minSalesShare,
                comfortableStockMonths(m));
    }

    /** Months of sales it holds as concentrate without pressing its asks ({@code behaviour.mine.comfortableStockMonths}). */
    private double comfortableStockMonths(Context m) {
        return rules.comfortableStockMonths(m.marketRules().comfortableStockMonths());
    }

    /**
     * Share of the over-quota headroom worth digging ({@link RiskWeightedChoice}): if caught, the mine pays the
     * fine on the over-quota ore, loses it and its unregistered stock, and forgoes its registered margin while shut.
     */
    double chooseOverQuota(Context m, double headroom, double greyPrice, double regPrice, double qReg, double cost) {
        double margin = (greyPrice - cost) * 1000;
        if (margin <= 0 || headroom <= 0) return 0;
        double stockAtRisk = concentrate.poolTotal(false) * 1000 * greyPrice;
        double shutdownLoss = m.instruments().shutdownMonths() * Math.max(0, (regPrice - cost) * 1000) * qReg;
        double fine = m.instruments().fineMine();
        return RiskWeightedChoice.choose(overQuotaOptions, headroom, margin, riskAversion,
                f -> m.instruments().detectionProbability(depositCfg.detectability, f, 0),
                q -> fine * 1000 * q + stockAtRisk + q * 1000 * greyPrice + shutdownLoss);
    }

    private void extract(Context m, double q, boolean registered, double costPerKg) {
        if (q <= 0) return;
        double[] shares = m.markets().concentrateShares(deposit);
        for (int e = 0; e < shares.length; e++) m.ledger().move(null, Stage.DEPOSIT, concentrate, Stage.MINING, e, q * shares[e], registered);
        reserves -= q;
        pay(-q * 1000 * costPerKg);
    }

    /** Mean cost of the faces a concentrate price covers (faces uniform on unit cost x (1 +/- costSpread)), USD/kg. */
    double workedFacesCost(double price) {
        if (costSpread <= 0) return lastCost;
        double lo = lastCost * (1 - costSpread), hi = lastCost * (1 + costSpread);
        return (lo + Math.max(lo, Math.min(price, hi))) / 2;
    }

    /** The least a mine asks for registered concentrate: the cost of its cheapest face. */
    private double askFloor() { return lastCost * (1 - costSpread); }

    /** Cash cost plus resource taxes, USD/kg REO; rises as the deposit's grade declines (and, in RMB, as the RMB rises). */
    double unitCost(Context m, double concentratePrice) {
        double depletion = StrictMath.pow(reserves0 / Math.max(reserves, reserves0 * rules.depletionFloor), depositCfg.gradeDeclineExponent);
        return baseCost * depletion * m.costIndex() + m.instruments().resourceTaxPerKg(depositCfg, concentratePrice);
    }

    /**
     * Starting conditions of a going concern: {@code months} of the registered concentrate it expects to sell a month
     * ({@code monthlySales}, t REO, in its deposit's shares) in store, and those sales as its sales history.
     */
    public void prime(ShipmentLedger ledger, double months, double monthlySales, double[] depositShares) {
        sales.prime(REGISTERED, monthlySales);
        for (int e = 0; e < depositShares.length; e++) ledger.openStock(concentrate, e, months * monthlySales * depositShares[e], true);
    }

    /** Confiscation and fines after a detection; the mine is shut for the configured months. */
    public void penalise(Context m, double fineUsd, long shutUntilTick) {
        pay(-fineUsd);
        shutUntil = Math.max(shutUntil, shutUntilTick);
    }

    @Override
    public void onFill(Market market, boolean bought, double quantity, double price, boolean registered) {
        super.onFill(market, bought, quantity, price, registered);
        if (!bought) sales.add(registered ? REGISTERED : GREY, quantity);
    }

    public void setAllotment(double t) { allotment = t; }
    /** Share of its over-quota digging its state group stops (0-1). */
    public void setGroupControl(double share) { groupControl = share; }
    /** Share of its over-quota digging its state group stops (0 while not in one). */
    public double unregisteredControl() { return groupControl; }
    public boolean operatesIllegally() { return lastUnregistered > 0 || concentrate.poolTotal(false) > 1e-9; }
    public double unregisteredActivity() { return capacity > 0 ? lastUnregistered / (capacity / 12) : 0; }
    public Account concentrateAccount() { return concentrate; }
    public DepositConfig depositConfig() { return depositCfg; }

    public String getDeposit() { return deposit; }
    public double getCapacity() { return capacity; }
    public double getAllotment() { return allotment; }
    public double getReserves() { return reserves; }
    public double getUnitCost() { return lastCost; }
    public double getRiskAversion() { return riskAversion; }
    public double getLastRegisteredOutput() { return lastRegistered; }
    public double getLastUnregisteredOutput() { return lastUnregistered; }
    public double getConcentrateStock() { return concentrate.total(); }
    public long getShutUntilTick() { return shutUntil; }
    public double lastRegistered() { return lastRegistered; }
    public double lastUnregistered() { return lastUnregistered; }
}
