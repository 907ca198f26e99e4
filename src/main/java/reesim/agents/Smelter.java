package reesim.agents;

import reesim.agents.rules.ExportCustoms;
import reesim.agents.rules.CapacityInvestment;
import reesim.agents.rules.RiskWeightedChoice;
import reesim.agents.rules.SalesMemory;
import reesim.config.BehaviourConfig;
import reesim.config.SmelterGroupConfig;
import reesim.market.Good;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;
import reesim.market.Market;
import reesim.kernel.Context;

/**
 * A smelting/separation plant. It buys concentrate at up to the value of the oxides it yields at
 * current domestic prices less its processing cost; registered concentrate within its smelting
 * quota, and (if the expected gain beats its risk-weighted expected penalty) unregistered
 * concentrate as a grey operator. It separates by the ore's element shares, loses the rest to
 * tailings, sells each oxide on the domestic market and stores, at a cost, what does not sell.
 * Under a separation quota per element, the registered output of an element beyond its quota is
 * held back unseparated (a mixed co-product in store) and separated later when the quota leaves
 * room; an element without room adds nothing to what the plant pays for concentrate.
 */
public class Smelter extends Agent {
    private final SmelterGroupConfig cfg;
    private double capacity;
    private final CapacityInvestment investment;
    private final BehaviourConfig.SmelterBehaviour rules;
    private final double[] greyOptions;
    private final double riskAversion;
    private final Account concentrate;
    private final Account oxide;
    /** Registered co-products beyond their element's quota, held back unseparated. */
    private final Account heldBack;
    /** Per element: this year's separation quota (infinite: none), what was separated under it so far, and this month's room. */
    private final double[] elementAllotment, elementOutputThisYear, elementRoom;
    private final double[] producedThisTick;
    /** Scratch: per element, the share of more oxide that would sell (see basketValue). */
    private final double[] saleable;
    /** Scratch: per element, whether it fetches more abroad, net of tariff and freight, than at home this month. */
    private final boolean[] exportPays;
    /** Oxide sales per element. */
    private final SalesMemory sales;
    private double allotment = Double.POSITIVE_INFINITY;
    /** Share of its grey-ore buying its state group stops (0 while not in one). */
    private double groupControl;
    private double registeredThisYear;
    private double greyShare;
    private double lastRegisteredInput, lastGreyInput;
    private long shutUntil = -1;
    /** Export licence held this year, t REO (0: none, the plant sells at home only), and what it declared under it. */
    private double exportLicence, exportedThisYear;
    /** Freight and handling of an export, USD/kg, and the pressure of the asks for exported oxide abroad (0-1). */
    private double exportFreight, exportAskPressure;
    /** Its own oxide declared at customs for export, and that oxide abroad until it sells. */
    private final Account exportHome, exportAbroad;

    public Smelter(String id, SmelterGroupConfig cfg, double riskAversion, int elements, BehaviourConfig.SmelterBehaviour rules) {
        super(id);
        this.cfg = cfg;
        this.capacity = cfg.capacity;
        this.rules = rules;
        this.investment = CapacityInvestment.growing(CapacityInvestment.Growth.SCALED, cfg.maxCapacityGrowth, rules.nearFull, 0);
        this.greyOptions = BehaviourConfig.array(rules.greyOptions);
        this.riskAversion = riskAversion;
        this.concentrate = new Account(this, Stage.SMELTING, "concentrate", elements);
        this.oxide = new Account(this, Stage.SMELTING, "oxide", elements);
        this.heldBack = new Account(this, Stage.SMELTING, "co-products held back", elements);
        this.exportHome = new Account(this, Stage.TRADE, "own oxide declared for export", elements);
        this.exportAbroad = new Account(this, Stage.WORLD, "own oxide exported", elements);
        this.elementAllotment = new double[elements];
        java.util.Arrays.fill(elementAllotment, Double.POSITIVE_INFINITY);
        this.elementOutputThisYear = new double[elements];
        this.elementRoom = new double[elements];
        java.util.Arrays.fill(elementRoom, Double.POSITIVE_INFINITY);
        this.producedThisTick = new double[elements];
        this.saleable = new double[elements];
        this.exportPays = new boolean[elements];
        this.sales = new SalesMemory(elements, rules.salesMemoryWeight);
    }

    @Override
    protected void act(Context m) {
        long t = m.tick();
        if (m.calendar().isJanuary(t)) {
            registeredThisYear = 0;
            exportedThisYear = 0;
            java.util.Arrays.fill(elementOutputThisYear, 0);
            if (t > 0) capacity = investment.review(capacity, investment.cashRose(cash));
        }
        java.util.Arrays.fill(producedThisTick, 0);
        elementRooms(m);
        releaseHeldBack(m);
        sales.roll();
        double monthlyCap = capacity / 12;
        boolean open = t >= shutUntil;
        double room = Double.isFinite(allotment) ? Math.max(0, allotment - registeredThisYear) / m.calendar().monthsLeftInYear(t) : monthlyCap;
        double plan = rules.throughputToStockTarget ? plannedInput(m, monthlyCap) : monthlyCap;
        lastRegisteredInput = open ? separate(m, true, Math.min(plan, room)) : 0;
        registeredThisYear += lastRegisteredInput;
        lastGreyInput = open ? separate(m, false, plan - lastRegisteredInput) : 0;
        investment.record(lastRegisteredInput + lastGreyInput);
        pay(-cfg.storageCost * oxide.total());
        if (open) buyConcentrate(m, plan, room);
        exportOwnOxide(m);
        sellOxide(m);
    }

    /**
     * A plant holding an export licence sells its own registered oxide abroad where a kg fetches more there, net of
     * the export tariff and freight, than at home: within the licence (spread over the months left in the year) it
     * declares the paying elements in proportion to its stock of each, pays the tariff and freight, and offers the
     * oxide on the world market, as a licensed trader offers what it bought. Unlike a trader it does not have to
     * outbid domestic users for the oxide: it is its own.
     */
    private void exportOwnOxide(Context m) {
        if (exportLicence > 0) {
            double room = Double.isFinite(exportLicence)
                    ? Math.max(0, exportLicence - exportedThisYear) / m.calendar().monthsLeftThrough(m.tick(), m.instruments().licencePeriodEnd())
                    : Double.POSITIVE_INFINITY;
            double paying = 0;
            for (int e = 0; e < oxide.elements(); e++) {
                exportPays[e] = ExportCustoms.netback(m, e, exportFreight) > m.markets().oxide(e, false).price();
                if (exportPays[e]) paying += oxide.registered(e);
            }
            double share = paying > 1e-12 ? Math.min(1, room / paying) : 0;
            for (int e = 0; e < oxide.elements() && share > 0; e++) {
                if (!exportPays[e]) continue;
                double q = oxide.registered(e) * share;
                if (q <= 1e-12) continue;
                m.ledger().move(oxide, Stage.SMELTING, exportHome, Stage.TRADE, e, q, true);
                double tariff = ExportCustoms.clear(m, exportHome, exportAbroad, e, q);
                pay(-tariff - q * 1000 * exportFreight);
                exportedThisYear += q;
            }
        }
        for (int e = 0; e < exportAbroad.elements(); e++) ExportCustoms.offerAbroad(m, this, exportAbroad, e, exportAskPressure);
    }

    /** Separates up to {@code max} t REO of one pool of concentrate; returns the input processed. */
    private double separate(Context m, boolean registered, double max) {
        double stock = concentrate.poolTotal(registered);
        double input = Math.min(stock, Math.max(0, max));
        if (input <= 1e-12) return 0;
        double f = input / stock;
        for (int e = 0; e < concentrate.elements(); e++) {
            double take = concentrate.pool(registered, e) * f;
            double recovered = take * cfg.recovery;
            // conc -> oxide stays inside the smelting stage; only the loss leaves it
            double separated = registered ? Math.min(recovered, elementRoom[e]) : recovered;
            m.ledger().transform(concentrate, oxide, e, separated, registered);
            if (recovered > separated) m.ledger().transform(concentrate, heldBack, e, recovered - separated, true);
            if (registered) underQuota(e, separated);
            producedThisTick[e] += separated;
            m.ledger().move(concentrate, Stage.SMELTING, null, Stage.TAILINGS, e, take - recovered, registered);
        }
        pay(-input * 1000 * processingCost(m));
        return input;
    }

    /** Each element's separation room this month: what its quota leaves for the year, spread over the months left. */
    private void elementRooms(Context m) {
        int monthsLeft = m.calendar().monthsLeftInYear(m.tick());
        for (int e = 0; e < elementRoom.length; e++)
            elementRoom[e] = Double.isFinite(elementAllotment[e]) ? Math.max(0, elementAllotment[e] - elementOutputThisYear[e]) / monthsLeft : Double.POSITIVE_INFINITY;
    }

    /** Separates co-products held back in earlier months as far as their quota now leaves room (their processing was paid). */
    private void releaseHeldBack(Context m) {
        for (int e = 0; e < elementRoom.length; e++) {
            double q = Math.min(heldBack.registered(e), elementRoom[e]);
            if (q <= 1e-12) continue;
            m.ledger().transform(heldBack, oxide, e, q, true);
            underQuota(e, q);
            producedThisTick[e] += q;
        }
    }

    private void underQuota(int e, double separated) {
        elementOutputThisYear[e] += separated;
        elementRoom[e] -= separated;
    }

    /**
     * Ore (t REO) to separate this month under the order-up-to rule: the oxide its recent sales say it will sell, plus
     * the gap between its comfortable oxide stock ({@code market.comfortableStockMonths}) and the stock it holds, both
     * in months of sales by value; at most its capacity. A plant without sales yet expects the least sales of {@code minSalesShare} of capacity.
     */
    double plannedInput(Context m, double monthlyCap) {
        double soldReo = 0;
        for (int e = 0; e < oxide.elements(); e++) soldReo += sales.average(e);
        double expected = Math.max(soldReo, monthlyCap * rules.minSalesShare);
        return Math.min(monthlyCap, m.marketRules().orderUpTo(expected, oxideStockMonths(m)) / cfg.recovery);
    }

    /**
     * Buys concentrate for next month's separation, {@code feedStockMonths} of {@code monthlyRate}: its capacity, cut
     * as its oxide stock grows beyond the comfortable months of sales (by value); or, under the order-up-to rule, its
     * plan, which already counts the stock.
     */
    private void buyConcentrate(Context m, double monthlyRate, double quotaRoom) {
        double buyFactor = rules.throughputToStockTarget ? 1
                : m.marketRules().willingness(oxideStockMonths(m) / m.marketRules().comfortableStockMonths());
        double wantReg = Math.max(0, Math.min(monthlyRate, quotaRoom) * rules.feedStockMonths * buyFactor - concentrate.poolTotal(true));
        double wantGrey = Math.max(0, greyRoom(monthlyRate, quotaRoom) * rules.feedStockMonths * buyFactor * (1 - groupControl) - concentrate.poolTotal(false));
        var deposits = m.markets().depositNames();
        double[] values = new double[deposits.size()];
        double[] saleableNow = saleableShares(m);
        for (int i = 0; i < values.length; i++) values[i] = basketValue(m, deposits.get(i), saleableNow);
        double[] regWeights = weights(m, deposits, values, true), greyWeights = weights(m, deposits, values, false);
        greyShare = 0;
        double urgency = 1 - concentrate.poolTotal(true) / Math.max(1e-9, monthlyRate * rules.feedStockMonths);
        for (int i = 0; i < values.length; i++) {
            if (values[i] <= 0) continue;
            String d = deposits.get(i);
            Market reg = m.markets().concentrate(d, true);
            m.pricing().bid(reg, this, concentrate, wantReg * regWeights[i], reg.price(), urgency, values[i]);
            Market grey = m.markets().concentrate(d, false);
            double share = chooseGrey(m, values[i], grey.price(), wantGrey * greyWeights[i]);
            greyShare = Math.max(greyShare, share);
            m.pricing().bid(grey, this, concentrate, wantGrey * greyWeights[i] * share, grey.price(), urgency, values[i]);
        }
    }

    /**
     * How a plant spreads its purchases over deposits: in proportion to what each concentrate market
     * offered last month, among those whose oxide is worth more than the concentrate costs; before
     * any market has offered, in proportion to the value per kg.
     */
    private static double[] weights(Context m, java.util.List<String> deposits, double[] values, boolean registered) {
        double[] w = new double[values.length];
        double total = 0;
        for (int i = 0; i < w.length; i++) {
            Market market = m.markets().concentrate(deposits.get(i), registered);
            if (values[i] > market.price()) w[i] = market.lastSupply();
            total += w[i];
        }
        if (total <= 0) {
            for (int i = 0; i < w.length; i++) { w[i] = Math.max(0, values[i]); total += w[i]; }
        }
        if (total > 0) for (int i = 0; i < w.length; i++) w[i] /= total;
        return w;
    }

    /** Oxide in store as months of recent sales, both valued at current domestic prices. */
    double oxideStockMonths(Context m) {
        double stock = 0, sold = 0;
        for (int e = 0; e < oxide.elements(); e++) {
            double p = m.markets().oxide(e, false).price();
            stock += oxide.total(e) * p;
            sold += sales.average(e) * p;
        }
        if (stock <= 0) return 0;
        return sold > 0 ? stock / sold : Double.POSITIVE_INFINITY;
    }

    /**
     * Capacity a month the plant would fill with unregistered concentrate: what the smelting quota leaves
     * unused or, with {@code greyFeed: idleCapacity}, whatever its registered feed left idle last month.
     */
    double greyRoom(double monthlyCap, double quotaRoom) {
        return SmelterGroupConfig.IDLE_CAPACITY.equals(cfg.greyFeed)
                ? Math.max(0, monthlyCap - lastRegisteredInput)
                : monthlyCap - Math.min(monthlyCap, quotaRoom);
    }

    /** What separating a kg of concentrate costs this year, USD/kg REO. */
    private double processingCost(Context m) { return cfg.processingCost * m.costIndex(); }

    /**
     * Value of one kg of a deposit's concentrate as separated oxide at domestic prices, net of processing.
     * With {@code coProductValue: saleable} an oxide counts only as far as more of it would sell: one already
     * in store beyond the comfortable months of its sales adds nothing, so a glut of one co-product lowers
     * what the plant pays for the ore that carries it.
     */
    double basketValue(Context m, String deposit) {
        return basketValue(m, deposit, saleableShares(m));
    }

    private double basketValue(Context m, String deposit, double[] saleable) {
        double[] shares = m.markets().concentrateShares(deposit);
        double v = 0;
        for (int e = 0; e < shares.length; e++) v += shares[e] * m.markets().oxide(e, false).price() * saleable[e];
        return v * cfg.recovery - processingCost(m);
    }

    /** Per element, how far more of its oxide would sell: 1 unless {@code coProductValue: saleable}. */
    private double[] saleableShares(Context m) {
        boolean saleableOnly = SmelterGroupConfig.SALEABLE_OXIDES.equals(cfg.coProductValue);
        double comfort = m.marketRules().comfortableStockMonths();
        for (int e = 0; e < saleable.length; e++) {
            saleable[e] = saleableOnly ? m.marketRules().willingness(sales.stockPressure(e, oxide.total(e), minSales(e), comfort)) : 1;
            // an element whose quota is used up this year can only be held back: it adds nothing to the ore's value now
            if (elementRoom[e] <= 1e-9) saleable[e] = 0;
        }
        return saleable;
    }

    /** Least monthly sales a plant assumes for an oxide: a share of this month's output. */
    private double minSales(int e) { return producedThisTick[e] * rules.minSalesShare + 1e-9; }

    /**
     * Share of {@code qty} of unregistered concentrate worth buying ({@link RiskWeightedChoice}): if caught, the
     * plant pays the fine (the mine fine) on it and loses its unregistered oxide.
     */
    double chooseGrey(Context m, double value, double greyPrice, double qty) {
        double margin = (value - greyPrice) * 1000;
        if (margin <= 0 || qty <= 0) return 0;
        double fine = m.instruments().fineMine(), greyOxide = oxide.poolTotal(false), detectability = m.instruments().smelterDetectability();
        return RiskWeightedChoice.choose(greyOptions, qty, margin, riskAversion,
                f -> m.instruments().detectionProbability(detectability, f, 0),
                q -> fine * 1000 * q + greyOxide * 1000 * value);
    }

    private void sellOxide(Context m) {
        double comfort = m.marketRules().comfortableStockMonths();
        for (int e = 0; e < oxide.elements(); e++) {
            Market market = m.markets().oxide(e, false);
            double stock = oxide.total(e);
            if (stock <= 1e-12) continue;
            double pressure = m.marketRules().askPressure(sales.stockPressure(e, stock, minSales(e), comfort));
            // separation cost is sunk; a plant stores rather than sell below its floor
            double floor = m.marketRules().sellerFloor(e, false);
            m.pricing().ask(market, this, oxide, oxide.registered(e), true, market.price(), pressure, floor);
            m.pricing().ask(market, this, oxide, oxide.grey(e), false, market.price(), pressure + m.marketRules().askPressureFrom(), floor);
        }
    }

    @Override
    public void onFill(reesim.market.Market market, boolean bought, double quantity, double price, boolean registered) {
        super.onFill(market, bought, quantity, price, registered);
        if (!bought && market.good() instanceof Good.Oxide ox) sales.add(ox.element(), quantity);
    }

    /**
     * Starting conditions of a going concern: {@code months} of the oxide it expects to sell a month ({@code monthlySales},
     * t per element) in store, registered, and those sales as its sales history.
     */
    public void prime(ShipmentLedger ledger, double months, double[] monthlySales) {
        for (int e = 0; e < monthlySales.length; e++) {
            sales.prime(e, monthlySales[e]);
            ledger.openStock(oxide, e, months * monthlySales[e], true);
        }
    }

    public void penalise(double fineUsd, long shutUntilTick) {
        pay(-fineUsd);
        shutUntil = Math.max(shutUntil, shutUntilTick);
    }

    public boolean operatesIllegally() { return lastGreyInput > 0 || oxide.poolTotal(false) > 1e-9 || concentrate.poolTotal(false) > 1e-9; }
    public double greyActivity() { return capacity > 0 ? lastGreyInput / (capacity / 12) : 0; }
    public void setAllotment(double t) { allotment = t; }
    /** This year's export licence, t REO (0: none; infinite: exports are free of quota). */
    public void setExportLicence(double t) { exportLicence = t; }
    /** Share of the ore's REO it recovers as oxide. */
    public double recovery() { return cfg.recovery; }
    /** The freight of an export (USD/kg) and the pressure of its asks abroad (0-1), as the registered traders'. */
    public void setExportTerms(double freight, double askPressure) { exportFreight = freight; exportAskPressure = askPressure; }
    public double getExportLicence() { return exportLicence; }
    public double getExportedThisYear() { return exportedThisYear; }
    /** Share of its grey-ore buying its state group stops (0-1). */
    public void setGroupControl(double share) { groupControl = share; }
    /** This year's separation quota per element, t (infinite: none). */
    public void setElementAllotments(double[] t) { System.arraycopy(t, 0, elementAllotment, 0, elementAllotment.length); }
    public Account heldBackAccount() { return heldBack; }
    /** This year's separation quota for element e, t (infinite: none). */
    public double elementAllotment(int e) { return elementAllotment[e]; }
    public double capacity() { return capacity; }
    public double producedThisTick(int e) { return producedThisTick[e]; }
    public Account oxideAccount() { return oxide; }
    public Account concentrateAccount() { return concentrate; }

    public double getCapacity() { return capacity; }
    public double getAllotment() { return allotment; }
    public double getOxideStock() { return oxide.total(); }
    public double getHeldBackStock() { return heldBack.total(); }
    public double getConcentrateStock() { return concentrate.total(); }
    public double getLastRegisteredInput() { return lastRegisteredInput; }
    public double getLastGreyInput() { return lastGreyInput; }
    public double getGreyShare() { return greyShare; }
    public double getRiskAversion() { return riskAversion; }
}
