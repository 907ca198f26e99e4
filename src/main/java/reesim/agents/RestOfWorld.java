package reesim.agents;

import reesim.agents.rules.CapacityInvestment;
import reesim.agents.rules.LaggedShare;
import reesim.agents.rules.SalesMemory;
import reesim.config.BehaviourConfig;
import reesim.config.IntermediateConfig;
import reesim.config.WorldConfig;
import reesim.ledger.Account;
import reesim.ledger.Stage;
import reesim.market.Market;
import reesim.market.ReferencePrice;
import reesim.kernel.Context;
import reesim.kernel.Schedules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything outside China. Foreign users bid for oxide on the world market (demand growing on its
 * path, cut back by price); foreign magnet and battery users choose each month between Chinese
 * intermediates and making their own from world-priced oxide, by cost; foreign mines sell on the
 * world market when the oxide basket covers their cost; candidate projects commit to construction
 * when last year's prices clear their hurdle, and produce after their lead time.
 */
public class RestOfWorld extends Agent {
    private final WorldConfig cfg;
    private final int startYear;
    private final Account producers;
    private final Account users;
    private final Account intermediates;
    /** Per element: the world price foreign users are used to paying. */
    private final ReferencePrice[] reference;
    private final double[][] projectShares;
    private final long[] operatingFrom;
    /** Per project: consecutive months it has idled below its cash cost. */
    private final int[] idleMonths;
    /** Per project: whether it has closed (idle too long, or at its closedFrom year). */
    private final boolean[] closed;
    /** Yearly average world prices of the last years, per element: what investors expect (ring buffer). */
    private final double[][] pastYearPrices;
    /** Per project selling concentrate to China: its stock, and the yearly average concentrate prices investors saw (null for oxide projects). */
    private final Account[] concentrateStock;
    private final double[][] pastYearConcentratePrices;
    private int pastYearsSeen;
    private final double[] backlog;
    /** Share of last months' oxide bids that was filled (moving average): foreign users' supply security. */
    private final SalesMemory fillRatio;
    private final BehaviourConfig.WorldBehaviour rules;
    private final double[] wantedThisTick;
    private final double[] minedThisTick;
    /** Oxide foreign users used up this month (their own uses and the foreign magnet makers' input), t per element. */
    private final double[] consumedThisTick;
    /** Per project: what it mined this month, t REO. */
    private final double[] minedByProject;
    /** Per project: its capacity now, t REO a year (its committed capacity, grown by its own investment). */
    private final double[] capacity;
    /** Per project: its capacity decision (null for a project that does not grow). */
    private final CapacityInvestment[] expansion;
    /** Per growing project: this year's revenue, t x USD/kg (with its output, recorded by its expansion: whether the year paid its hurdle). */
    private final double[] yearRevenue;
    private final double[] foreignMix;
    /** Per foreign intermediate: the cost of a unit its users are used to paying (only with a price response). */
    private final Map<String, ReferencePrice> intermediateReference = new java.util.LinkedHashMap<>();
    private final double priceMemoryYears;
    /** Per element, foreign users' price response as they have adjusted to it so far; null when they adjust at once. */
    private final LaggedShare[] adjusted;
    /** Per element, the price elasticity of foreign users' direct oxide demand. */
    private final double[] elasticity;
    /** Per element, the share of their direct use foreign users have thrifted or substituted (null: world.thrift off). */
    private final TechnologySubstitution[] thrift;
    /** Per element, the share of their direct use foreign users have moved into plants in China (null: world.relocation off). */
    private final TechnologySubstitution[] relocation;
    /** The moved plants' oxide, bought on China's domestic market and used up the month after (null: relocation off). */
    private final Account relocatedUsers;
    /** Per element, the domestic price the moved plants are used to paying (null: relocation off). */
    private final ReferencePrice[] domesticReference;
    /** Per element, what the moved plants used up this month, t (null: relocation off). */
    private final double[] relocatedUseThisTick;
    /** Per foreign intermediate: content made abroad this month, t per element (foreign makers' own output). */
    private final Map<String, double[]> madeAbroad = new java.util.LinkedHashMap<>();
    private double lastChinaIntermediateShare = Double.NaN;
    private final Map<String, List<IntermediateMaker>> makers;
    private final Map<String, IntermediateConfig> intermediateCfg;
    private final List<String> elements;
    /** Freight and handling of a shipment between China and abroad, USD/kg. */
    private final double transportCost;
    /** The separation plants outside China that projects with concentrateMarket 'abroad' ship to (null: none). */
    private ForeignSeparator separator;

    public RestOfWorld(WorldConfig cfg, int startYear, double[][] projectShares, double[] initialWorldPrice,
                       Map<String, List<IntermediateMaker>> makers, Map<String, IntermediateConfig> intermediateCfg,
                       double priceMemoryYears, List<String> elements, double transportCost, BehaviourConfig.WorldBehaviour rules) {
        super("rest-of-world");
        this.cfg = cfg;
        this.rules = rules;
        this.elements = elements;
        this.transportCost = transportCost;
        this.priceMemoryYears = priceMemoryYears;
        this.startYear = startYear;
        int n = initialWorldPrice.length;
        producers = new Account(this, Stage.WORLD, "foreign oxide", n);
        users = new Account(this, Stage.WORLD, "foreign users", n);
        intermediates = new Account(this, Stage.WORLD, "imported intermediates", n);
        reference = new ReferencePrice[n];
        elasticity = new double[n];
        adjusted = cfg.demandAdjustmentYears > 0 ? new LaggedShare[n] : null;
        for (int e = 0; e < n; e++) {
            elasticity[e] = cfg.priceElasticity(elements.get(e));
            reference[e] = new ReferencePrice(priceMemoryYears);
            reference[e].relative(initialWorldPrice[e]);
            if (adjusted != null) adjusted[e] = new LaggedShare(cfg.demandAdjustmentYears, cfg.demandAdjustmentYears, 1);
        }
        thrift = cfg.thrift.enabled ? new TechnologySubstitution[n] : null;
        for (int e = 0; thrift != null && e < n; e++) thrift[e] = new TechnologySubstitution(cfg.thrift, 1.0);
        relocation = cfg.relocation.enabled ? new TechnologySubstitution[n] : null;
        relocatedUsers = relocation == null ? null : new Account(this, Stage.MANUFACTURING, "foreign users' plants in China", n);
        domesticReference = relocation == null ? null : new ReferencePrice[n];
        relocatedUseThisTick = relocation == null ? null : new double[n];
        for (int e = 0; relocation != null && e < n; e++) {
            relocation[e] = new TechnologySubstitution(cfg.relocation, 1.0);
            domesticReference[e] = new ReferencePrice(priceMemoryYears);
        }
        this.projectShares = projectShares;
        operatingFrom = new long[cfg.projects.size()];
        for (int i = 0; i < operatingFrom.length; i++) {
            int y = cfg.projects.get(i).operatingFrom;
            operatingFrom[i] = y == 0 ? Long.MAX_VALUE : Math.max(0, (long) (y - startYear) * 12);
        }
        idleMonths = new int[operatingFrom.length];
        closed = new boolean[operatingFrom.length];
        pastYearPrices = new double[Math.max(1, cfg.investmentExpectationYears)][n];
        pastYearConcentratePrices = new double[pastYearPrices.length][operatingFrom.length];
        concentrateStock = new Account[operatingFrom.length];
        for (int i = 0; i < operatingFrom.length; i++)
            if (cfg.projects.get(i).sellsConcentrate()) concentrateStock[i] = new Account(this, Stage.WORLD, "concentrate for China (" + cfg.projects.get(i).name + ")", n);
        backlog = new double[n];
        fillRatio = new SalesMemory(n, rules.fillMemoryWeight);
        for (int e = 0; e < n; e++) fillRatio.prime(e, 1.0);
        wantedThisTick = new double[n];
        minedThisTick = new double[n];
        consumedThisTick = new double[n];
        minedByProject = new double[cfg.projects.size()];
        capacity = new double[cfg.projects.size()];
        expansion = new CapacityInvestment[cfg.projects.size()];
        for (int i = 0; i < capacity.length; i++) {
            WorldConfig.ForeignProject p = cfg.projects.get(i);
            capacity[i] = p.capacity;
            if (rules.capacityGrowth > 0 && p.maxCapacity > p.capacity)
                expansion[i] = CapacityInvestment.growing(CapacityInvestment.Growth.SCALED, rules.capacityGrowth, rules.nearFull, 0);
        }
        yearRevenue = new double[capacity.length];
        foreignMix = new double[n];
        this.makers = makers;
        this.intermediateCfg = intermediateCfg;
    }

    /** The separation plants outside China that projects with {@code concentrateMarket: abroad} ship their ore to. */
    public void shipOreAbroadTo(ForeignSeparator separator) { this.separator = separator; }

    @Override
    protected void act(Context m) {
        long t = m.tick();
        int year = m.calendar().year(t);
        if (m.calendar().isJanuary(t) && t > 0) {
            expand();
            invest(m, t);
        }
        updateFillRatio();
        consume(m);
        mine(m, t);
        double[] oxideNeed = new double[backlog.length];
        orderIntermediates(m, year, oxideNeed);
        bidForOxide(m, year, oxideNeed);
        sellOxide(m);
        sellConcentrate(m);
    }

    /** Compares last month's oxide purchases with that month's new needs (purchases sit in the users' account until consumed). */
    private void updateFillRatio() {
        for (int e = 0; e < backlog.length; e++) {
            if (wantedThisTick[e] <= 1e-9) continue;
            double filled = Math.min(1, users.registered(e) / wantedThisTick[e]);
            fillRatio.add(e, filled);
            fillRatio.roll(e);
        }
    }

    /** Last month's purchases are used up abroad: they leave the world's accounts for the world outside. */
    private void consume(Context m) {
        for (int e = 0; e < users.elements(); e++) {
            consumedThisTick[e] = users.registered(e);
            m.ledger().move(users, Stage.WORLD, null, Stage.WORLD, e, consumedThisTick[e], true);
        }
        for (int e = 0; e < intermediates.elements(); e++) m.ledger().move(intermediates, Stage.WORLD, null, Stage.WORLD, e, intermediates.registered(e), true);
        // the moved plants ship what they make abroad: their oxide leaves China in goods
        for (int e = 0; relocatedUsers != null && e < relocatedUsers.elements(); e++) {
            relocatedUseThisTick[e] = relocatedUsers.registered(e);
            m.ledger().move(relocatedUsers, Stage.MANUFACTURING, null, Stage.WORLD, e, relocatedUseThisTick[e], true);
        }
    }

    /**
     * In January: candidate projects commit to construction when the oxide basket at the world
     * prices investors expect (the average of the last years' prices) clears the hurdle over cost.
     */
    private void invest(Context m, long t) {
        double[] slot = pastYearPrices[pastYearsSeen % pastYearPrices.length];
        for (int e = 0; e < slot.length; e++) slot[e] = m.markets().oxide(e, true).averagePriceThisYear();
        double[] concentrateSlot = pastYearConcentratePrices[pastYearsSeen % pastYearPrices.length];
        for (int i = 0; i < concentrateSlot.length; i++)
            if (concentrateStock[i] != null) concentrateSlot[i] = concentrateMarket(m, i).averagePriceThisYear();
        pastYearsSeen++;
        int window = Math.min(pastYearsSeen, pastYearPrices.length);
        if (window < pastYearPrices.length) return;   // no price record long enough to invest on yet
        for (int i = 0; i < operatingFrom.length; i++) {
            if (operatingFrom[i] != Long.MAX_VALUE || (closed[i] && !cfg.closedProjectsRecommit)) continue;
            WorldConfig.ForeignProject p = cfg.projects.get(i);
            double revenue = 0;
            if (concentrateStock[i] != null) {
                for (int k = 0; k < window; k++) revenue += pastYearConcentratePrices[k][i];
                revenue = revenue / window - transportCost;
            } else {
                for (int e = 0; e < projectShares[i].length; e++) {
                    double expected = 0;
                    for (int k = 0; k < window; k++) expected += pastYearPrices[k][e];
                    revenue += projectShares[i][e] * (expected / window);
                }
                // ore for the plants abroad earns their netback: the oxides recovered, less separation
                if (p.separatedAbroad()) revenue = revenue * cfg.separation.recovery - cfg.separation.processingCost;
            }
            if (revenue > p.hurdle(cfg.investmentHurdle) * p.unitCost) operatingFrom[i] = t + Math.round(p.leadTimeYears * 12);
        }
    }

    /**
     * In January: a project that worked near its capacity last year at revenue that cleared the hurdle it committed
     * at adds capacity, as China's mines do (MP Materials took Mountain Pass from 14 to 42 kt in 2018-2021, Myanmar's
     * clays went from 5 to 35 kt: market_history.csv), up to its maxCapacity.
     */
    private void expand() {
        for (int i = 0; i < capacity.length; i++) {
            if (expansion[i] == null) continue;
            WorldConfig.ForeignProject p = cfg.projects.get(i);
            double output = expansion[i].recorded();
            boolean paid = output > 0 && yearRevenue[i] / output >= p.hurdle(cfg.investmentHurdle) * p.unitCost;
            capacity[i] = Math.min(p.maxCapacity, expansion[i].review(capacity[i], paid));
            yearRevenue[i] = 0;
        }
    }

    private void mine(Context m, long t) {
        java.util.Arrays.fill(minedThisTick, 0);
        java.util.Arrays.fill(minedByProject, 0);
        for (int i = 0; i < operatingFrom.length; i++) {
            WorldConfig.ForeignProject p = cfg.projects.get(i);
            if (p.closedFrom > 0 && t == (long) (p.closedFrom - startYear) * 12) close(i);
            if (t < operatingFrom[i]) continue;
            double revenue = 0, stock = 0;
            boolean abroad = p.separatedAbroad() && separator != null;
            Account into = abroad ? separator.feed() : concentrateStock[i] == null ? producers : concentrateStock[i];
            if (abroad) {
                revenue = separator.netback(m, projectShares[i]);
            } else if (concentrateStock[i] != null) {
                // ore for China earns the concentrate price there, less the freight
                revenue = concentrateMarket(m, i).price() - transportCost;
                stock = into.total();
            } else for (int e = 0; e < projectShares[i].length; e++) {
                revenue += projectShares[i][e] * m.markets().oxide(e, true).price();
                stock += producers.registered(e);
            }
            // a mine that cannot cover its cash cost idles; idle long enough, it closes (Mountain Pass 2002-2011)
            if (revenue < p.unitCost) {
                if (cfg.closeAfterIdleMonths > 0 && ++idleMonths[i] >= cfg.closeAfterIdleMonths) close(i);
                continue;
            }
            if (abroad ? separator.feedBacklogged(m) : stock > capacity[i] * rules.idleStockYears) continue;
            idleMonths[i] = 0;
            double q = capacity[i] / 12 * rampShare(i, p, t);
            for (int e = 0; e < projectShares[i].length; e++) {
                m.ledger().move(null, Stage.DEPOSIT, into, Stage.WORLD, e, q * projectShares[i][e], true);
                minedThisTick[e] += q * projectShares[i][e];
            }
            minedByProject[i] = q;
            if (expansion[i] != null) {
                expansion[i].record(q);
                yearRevenue[i] += q * revenue;
            }
            pay(-q * 1000 * p.unitCost);
            if (abroad) separator.payFor(this, q, revenue);
        }
    }

    /** A project closes: it stops producing and is a candidate again only if closed projects may recommit. */
    private void close(int i) {
        operatingFrom[i] = Long.MAX_VALUE;
        idleMonths[i] = 0;
        closed[i] = true;
    }

    /**
     * Share of its capacity a project can work in month t: one that started, or restarted after closing, within the
     * run ramps up linearly over its rampYears (Lynas's Mount Weld and Malaysian plant, 2013-2017); one that was
     * operating when the run began works at capacity.
     */
    private double rampShare(int i, WorldConfig.ForeignProject p, long t) {
        if (p.rampYears <= 0 || operatingFrom[i] <= 0) return 1;
        return Math.min(1, (t - operatingFrom[i] + 1) / (12 * p.rampYears));
    }

    private void orderIntermediates(Context m, int year, double[] oxideNeed) {
        cfg.intermediateDemand.forEach((name, fi) -> {
            List<IntermediateMaker> chinese = makers.getOrDefault(name, List.of());
            IntermediateConfig ic = intermediateCfg.get(name);
            double demand = Schedules.compound(fi.demand, startYear, fi.growth, year) / 12
                    * m.scenario().foreignDemandScaleFor(name);
            if (chinese.isEmpty()) return;
            // foreign makers choose their mix at world prices, as Chinese makers do at home
            double[] recipe = foreignMix;
            chinese.get(0).mixAt(m, true, recipe);
            double costForeign = fi.conversionCost, shortfall = 0;
            for (int e = 0; e < recipe.length; e++) {
                costForeign += recipe[e] * m.markets().oxide(e, true).price() / (1 - ic.scrapRate);
                shortfall += recipe[e] * (1 - fillRatio.average(e));
            }
            double paidAbroad = costForeign;
            // oxide that could not be had abroad makes making magnets abroad riskier: buyers weigh it as extra cost
            costForeign *= 1 + fi.supplyRiskWeight * shortfall;
            double costChina = chinese.get(0).quote(m) + transportCost;
            double share = 1 / (1 + StrictMath.exp(-fi.choiceSensitivity * (costForeign - costChina) / costForeign));
            if ("ndfeb".equals(name)) lastChinaIntermediateShare = share;
            if (fi.priceElasticity > 0) demand *= priceResponse(name, fi, share * costChina + (1 - share) * paidAbroad);
            double fromChina = demand * share;
            double cap = 0;
            for (IntermediateMaker mk : chinese) cap += mk.capacity();
            for (IntermediateMaker mk : chinese) mk.order(this, intermediates, Stage.WORLD, fromChina * mk.capacity() / cap);
            double[] made = madeAbroad.computeIfAbsent(name, k -> new double[recipe.length]);
            for (int e = 0; e < recipe.length; e++) {
                made[e] = demand * (1 - share) * recipe[e];
                oxideNeed[e] += made[e] / (1 - ic.scrapRate);
            }
        });
    }

    /**
     * Foreign users' demand factor for an intermediate: what a unit costs them (at the origins' shares, without the
     * supply-risk markup, which is not paid) relative to the cost they are used to, to the power -elasticity.
     */
    double priceResponse(String intermediate, WorldConfig.ForeignIntermediate fi, double unitCost) {
        ReferencePrice ref = intermediateReference.computeIfAbsent(intermediate, k -> new ReferencePrice(priceMemoryYears));
        return StrictMath.pow(ref.relative(unitCost), -fi.priceElasticity);
    }

    private void bidForOxide(Context m, int year, double[] oxideNeed) {
        double growth = Schedules.compound(1, startYear, cfg.demandGrowth, year);
        for (int e = 0; e < backlog.length; e++) {
            Market w = m.markets().oxide(e, true);
            double response = StrictMath.pow(reference[e].relative(w.price()), -elasticity[e]);
            if (adjusted != null) response = adjusted[e].towards(response);
            double use = cfg.demand.get(elements.get(e)) * growth / 12;   // before any price response
            double direct = use * response;
            if (thrift != null) direct *= 1 - thrift[e].decide(year, w.price());
            if (relocation != null) direct *= 1 - relocate(m, year, e, use);
            double want = direct + oxideNeed[e] + backlog[e];
            wantedThisTick[e] = direct + oxideNeed[e];
            double urgency = rules.urgencyBase + (1 - rules.urgencyBase) * Math.min(1, backlog[e] / Math.max(1e-9, direct + oxideNeed[e]));
            m.pricing().bid(w, this, users, want, w.price(), urgency, m.marketRules().chokePrice(e, true));
            backlog[e] = rules.backlogCarryOver * want;   // a share of any unmet need is carried over; corrected in onFill
        }
    }

    /**
     * Foreign users weigh moving their plants into China by how far the world price stands above the domestic one: the
     * share of their direct use that has moved ({@link #relocation}, of {@code use}, their demand before any price
     * response) bids on China's domestic market, answering the domestic price as they answer the world price at home.
     * Returns that share.
     */
    private double relocate(Context m, int year, int e, double use) {
        Market w = m.markets().oxide(e, true), d = m.markets().oxide(e, false);
        double moved = relocation[e].decide(year, w.price() / Math.max(1e-9, d.price()));
        double want = use * moved * StrictMath.pow(domesticReference[e].relative(d.price()), -elasticity[e]);
        if (want > 1e-12) m.pricing().bid(d, this, relocatedUsers, want, d.price(), rules.urgencyBase, m.marketRules().chokePrice(e, false));
        return moved;
    }

    private void sellOxide(Context m) {
        for (int e = 0; e < producers.elements(); e++) {
            Market w = m.markets().oxide(e, true);
            double pressure = m.marketRules().askPressure(producers.registered(e) / Math.max(1e-9, minedThisTick[e] * rules.stockMonths));
            m.pricing().ask(w, this, producers, producers.registered(e), true, w.price(), pressure, m.marketRules().sellerFloor(e, true));
        }
    }

    /**
     * Projects that ship ore to China offer their concentrate on its registered concentrate market, pressing
     * their ask as their stock grows as the foreign oxide producers do, never below cash cost plus freight.
     */
    private void sellConcentrate(Context m) {
        for (int i = 0; i < concentrateStock.length; i++) {
            Account stock = concentrateStock[i];
            if (stock == null || stock.total() <= 1e-12) continue;
            WorldConfig.ForeignProject p = cfg.projects.get(i);
            Market market = concentrateMarket(m, i);
            double pressure = m.marketRules().askPressure(stock.total() / Math.max(1e-9, capacity[i] / 12 * rules.stockMonths));
            m.pricing().ask(market, this, stock, stock.total(), true, m.marketRules().concentrateAskReference(p.concentrateMarket), pressure, p.unitCost + transportCost);
        }
    }

    private Market concentrateMarket(Context m, int project) {
        return m.markets().concentrate(cfg.projects.get(project).concentrateMarket, true);
    }

    @Override
    public void onFill(Market market, boolean bought, double quantity, double price, boolean registered) {
        super.onFill(market, bought, quantity, price, registered);
        if (bought && market.isWorld() && market.good() instanceof reesim.market.Good.Oxide ox) {
            backlog[ox.element()] = Math.max(0, backlog[ox.element()] - rules.backlogCarryOver * quantity);
        }
    }

    public double minedThisTick(int e) { return minedThisTick[e]; }
    /** Oxide used up abroad this month: what foreign users and foreign magnet makers bought (not the content of imported intermediates). */
    public double consumedThisTick(int e) { return consumedThisTick[e]; }

    /** The named project's capacity now, t REO a year (0 for no project of that name). */
    public double capacity(String project) {
        int i = projectIndex(project);
        return i < 0 ? 0 : capacity[i];
    }

    /** What the named foreign project mined of element e this month, t (0 for a project of another name). */
    public double minedThisTick(String project, int e) {
        int i = projectIndex(project);
        return i < 0 ? 0 : minedByProject[i] * projectShares[i][e];
    }

    /** Index of the named project in world.projects, or -1. */
    private int projectIndex(String name) {
        for (int i = 0; i < cfg.projects.size(); i++) if (cfg.projects.get(i).name.equals(name)) return i;
        return -1;
    }

    /** Element content of an intermediate foreign makers made themselves this month, t (0 if none). */
    public double madeAbroad(String intermediate, int e) {
        double[] made = madeAbroad.get(intermediate);
        return made == null ? 0 : made[e];
    }

    public double getChinaShareOfForeignMagnets() { return lastChinaIntermediateShare; }
    public int getProjectsBuiltOrOperating() {
        int k = 0;
        for (long f : operatingFrom) if (f != Long.MAX_VALUE) k++;
        return k;
    }
    public double getForeignProducerStock() { return producers.total(); }
    /** Share of foreign users' direct use of element e whose plants have moved into China (0 with world.relocation off). */
    public double relocatedShare(int e) { return relocation == null ? 0 : relocation[e].share(); }
    /** Oxide of element e the plants moved into China used up this month, t (0 with world.relocation off). */
    public double relocatedUseThisTick(int e) { return relocatedUseThisTick == null ? 0 : relocatedUseThisTick[e]; }
    /** Share of foreign users' direct use of element e they have thrifted or substituted (0 with world.thrift off). */
    public double thriftShare(int e) { return thrift == null ? 0 : thrift[e].share(); }

    /** Concentrate waiting to be shipped to China, t REO (projects that sell concentrate). */
    public double getConcentrateForChinaStock() {
        double t = 0;
        for (Account a : concentrateStock) if (a != null) t += a.total();
        return t;
    }
}
