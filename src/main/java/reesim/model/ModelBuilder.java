package reesim.model;

import reesim.kernel.RandomStreams;

import ec.util.MersenneTwisterFast;
import reesim.agents.ExportTrader;
import reesim.agents.Stockholder;
import reesim.agents.ForeignSeparator;
import reesim.agents.IllegalMine;
import reesim.agents.InUseStock;
import reesim.agents.IntermediateMaker;
import reesim.agents.Manufacturer;
import reesim.agents.Mine;
import reesim.agents.NewUseGrowth;
import reesim.agents.TechnologySubstitution;
import reesim.agents.Recycler;
import reesim.agents.RecyclingSector;
import reesim.agents.RestOfWorld;
import reesim.agents.Smelter;
import reesim.agents.Smuggler;
import reesim.config.DepositConfig;
import reesim.config.IllegalMiningConfig;
import reesim.config.IntermediateConfig;
import reesim.config.MineGroupConfig;
import reesim.config.ModelConfig;
import reesim.config.NewUsesConfig;
import reesim.config.SubstitutionConfig;
import reesim.config.ProductConfig;
import reesim.config.SmelterGroupConfig;
import reesim.config.WorldConfig;
import reesim.demand.DemandPath;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;
import reesim.market.Markets;
import reesim.policy.Inspectorate;
import reesim.policy.Regulator;
import reesim.policy.StateStatistics;
import reesim.policy.StateStockpile;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the agents of a run from the config. Heterogeneity (risk attitudes) is drawn from the
 * "setup" stream. {@code scenario.populationScale} multiplies the number of agents of every
 * population and divides their capacities, so the aggregate chain is the same size.
 */
public final class ModelBuilder {
    private final ModelConfig cfg;
    private final MersenneTwisterFast rng;
    private final int n;
    private final double scale;
    /** Books the opening stocks (makers' input, products in use). */
    private final ShipmentLedger ledger;

    public ModelBuilder(ModelConfig cfg, RandomStreams streams, ShipmentLedger ledger) {
        this.cfg = cfg;
        this.ledger = ledger;
        this.rng = streams.setup;
        this.n = cfg.elements.size();
        this.scale = cfg.scenario.populationScale;
    }

    public Population build() {
        Population p = new Population();
        p.markets = new Markets(cfg.elements, vector(cfg.market.initialPriceDomestic), vector(cfg.market.initialPriceWorld), depositShares());
        p.regulator = new Regulator(cfg.policy, cfg.scenario, cfg.recycling, cfg.elements);
        p.regulator.govern(p.mines, p.smelters, p.traders);
        p.inspectorate = new Inspectorate(p.regulator, p.mines, p.illegalMines, p.smelters, cfg.illegalMining.cooldownMonths,
                cfg.policy.enforcement.minActivity);
        p.statistics = new StateStatistics(p.regulator, p.manufacturers, n, cfg.policy.adaptive);
        p.stockpile = new StateStockpile(cfg.policy.stockpile, cfg.elements, "state reserve");
        p.storageCentres = new StateStockpile(cfg.policy.storageCentres, cfg.elements, "storage centres");
        buildMines(p);
        buildIllegalSites(p);
        for (SmelterGroupConfig g : cfg.smelters) {
            for (int i = 0; i < scaled(g.count); i++) {
                Smelter s = new Smelter(g.name + "-" + i, scaledCopy(g, "capacity", SmelterGroupConfig.class), varied(g.riskAversion), n, cfg.behaviour.smelter);
                s.setExportTerms(cfg.trade.transportCost, cfg.behaviour.trader.askPressure);
                p.smelters.add(s);
            }
        }
        p.recycling = new RecyclingSector(p.recyclers, cfg.recycling.scrapCollection);
        cfg.intermediates.forEach((name, ic) -> {
            List<IntermediateMaker> list = new ArrayList<>();
            IntermediateConfig scaledCfg = scaledCopy(ic, "capacity", IntermediateConfig.class);
            for (int i = 0; i < scaled(ic.makers); i++) list.add(new IntermediateMaker(name + "-maker-" + i, name, scaledCfg, ic.recipeIn(cfg.time.startYear, cfg.elements), cfg.elements, p.recycling, cfg.behaviour.maker));
            p.makers.put(name, list);
        });
        for (int i = 0; i < scaled(cfg.recycling.recyclers); i++) {
            p.recyclers.add(new Recycler("recycler-" + i, scaledCopy(cfg.recycling, "capacity", reesim.config.RecyclingConfig.class), n, cfg.behaviour.recycler));
        }
        cfg.products.forEach((family, pc) -> buildFamily(p, family, pc));
        for (int i = 0; i < scaled(cfg.trade.traders); i++) {
            p.traders.add(new ExportTrader("trader-" + i, scaledCopy(cfg.trade, "traderCapacity", reesim.config.TradeConfig.class), varied(1.0), n, cfg.behaviour.trader));
        }
        for (int i = 0; i < scaled(cfg.trade.smugglers); i++) {
            p.smugglers.add(new Smuggler("smuggler-" + i, scaledCopy(cfg.trade, "smugglerCapacity", reesim.config.TradeConfig.class), n, cfg.behaviour.smuggler));
        }
        double[][] projectShares = new double[cfg.world.projects.size()][];
        for (int i = 0; i < projectShares.length; i++) projectShares[i] = vector(cfg.world.projects.get(i).distribution);
        p.world = new RestOfWorld(cfg.world, cfg.time.startYear, projectShares, vector(cfg.market.initialPriceWorld), p.makers, cfg.intermediates,
                cfg.world.priceMemoryYears(cfg.market.priceMemoryYears), cfg.elements, cfg.trade.transportCost, cfg.behaviour.world);
        double[] makersInput = primeMakers(p);
        primeProducers(p, makersInput);
        if (cfg.world.stockholder.enabled) {
            p.stockholder = Stockholder.abroad(cfg.world.stockholder, n);
            double[] monthlyUse = vector(cfg.world.demand);
            for (int e = 0; e < n; e++) monthlyUse[e] /= 12;
            p.stockholder.prime(ledger, monthlyUse);
        }
        if (cfg.trade.stockholder.enabled) {
            p.domesticStockholder = Stockholder.inChina(cfg.trade.stockholder, n);
            p.domesticStockholder.prime(ledger, makersInput);
        }
        if (cfg.world.separation.enabled) {
            p.separator = new ForeignSeparator(cfg.world.separation, n);
            p.world.shipOreAbroadTo(p.separator);
        }
        collectAccounts(p);
        return p;
    }

    private double foreignScale(String intermediate) {
        return cfg.scenario.foreignDemandScaleFor(intermediate);
    }

    /**
     * Makers start with their customers' first-month orders as history and a normal input stock; returns the oxide
     * those orders take a month, t per element.
     */
    private double[] primeMakers(Population p) {
        Map<String, Double> orders = new LinkedHashMap<>();
        for (Manufacturer mf : p.manufacturers) orders.merge(mf.config().intermediate, mf.initialMonthlyNeed(cfg.time.startYear, cfg.scenario.demandScaleFor(mf.config().intermediate)), Double::sum);
        cfg.world.intermediateDemand.forEach((k, fi) -> orders.merge(k, fi.demand * foreignScale(k) / 12 * 0.5, Double::sum));
        double[] input = new double[cfg.elements.size()];
        p.makers.forEach((k, list) -> {
            double total = list.stream().mapToDouble(IntermediateMaker::capacity).sum();
            for (IntermediateMaker mk : list) {
                double own = orders.getOrDefault(k, 0.0) * mk.capacity() / total;
                mk.prime(ledger, own);
                for (int e = 0; e < input.length; e++) input[e] += mk.monthlyInput(own, e);
            }
        });
        return input;
    }

    /**
     * With {@code market.startStockMonths} > 0 the producers start as going concerns: the separation plants (by
     * capacity) hold that many months of the oxide China's makers take a month plus what foreign users want of China
     * beyond the foreign mines operating at the start, and remember it as their sales; the legal mines (by capacity)
     * likewise with the registered concentrate that oxide takes to separate, in months scaled by their own comfortable
     * stock ({@code behaviour.mine.comfortableStockMonths}) over the plants'.
     */
    private void primeProducers(Population p, double[] makersInput) {
        double months = cfg.market.startStockMonths;
        if (months <= 0) return;
        int n = makersInput.length;
        double[] foreignMined = new double[n];
        for (WorldConfig.ForeignProject fp : cfg.world.projects) {
            if (fp.operatesAtStart(cfg.time.startYear)) for (int e = 0; e < n; e++) foreignMined[e] += fp.capacity / 12 * fp.distribution.get(cfg.elements.get(e));
        }
        double[] sales = new double[n];
        double reo = 0;
        for (int e = 0; e < n; e++) {
            sales[e] = makersInput[e] + Math.max(0, cfg.world.demand.get(cfg.elements.get(e)) / 12 - foreignMined[e]);
            reo += sales[e];
        }
        double plants = p.smelters.stream().mapToDouble(Smelter::capacity).sum();
        double recovery = 0;
        for (Smelter s : p.smelters) {
            double share = s.capacity() / plants;
            double[] own = new double[n];
            for (int e = 0; e < n; e++) own[e] = sales[e] * share;
            s.prime(ledger, months, own);
            recovery += share * s.recovery();
        }
        double ore = reo / recovery;
        double mines = p.mines.stream().mapToDouble(Mine::getCapacity).sum();
        Map<String, double[]> shares = depositShares();
        // mines start at the plants' stock pressure: their months scale with their own comfortable stock (without one,
        // months as they are: months * c / c need not be months exactly, and the baseline's outputs must not move)
        double comfort = cfg.market.comfortableStockMonths;
        double mineMonths = cfg.behaviour.mine.comfortableStockMonths < 0 ? months : months * cfg.behaviour.mine.comfortableStockMonths(comfort) / comfort;
        for (Mine mine : p.mines) mine.prime(ledger, mineMonths, ore * mine.getCapacity() / mines, shares.get(mine.getDeposit()));
    }

    private void buildMines(Population p) {
        Map<String, Double> capacityByDeposit = new LinkedHashMap<>();
        for (MineGroupConfig g : cfg.mines) capacityByDeposit.merge(g.deposit, g.capacity * g.count, Double::sum);
        for (MineGroupConfig g : cfg.mines) {
            DepositConfig d = cfg.deposits.get(g.deposit);
            MineGroupConfig sg = scaledCopy(g, "capacity", MineGroupConfig.class);
            int count = scaled(g.count);
            double reservesShare = g.capacity * g.count / capacityByDeposit.get(g.deposit) / Math.max(1, count);
            for (int i = 0; i < count; i++) p.mines.add(new Mine(g.name + "-" + i, sg, d, reservesShare, varied(g.riskAversion), n, cfg.behaviour.mine));
        }
    }

    private void buildIllegalSites(Population p) {
        IllegalMiningConfig im = cfg.illegalMining;
        im.sites.forEach((deposit, site) -> {
            IllegalMiningConfig.SiteGroup sg = scaledCopy(site, "capacity", IllegalMiningConfig.SiteGroup.class);
            sg.setupCost = site.setupCost / scale;
            for (int i = 0; i < scaled(site.count); i++) {
                p.illegalMines.add(new IllegalMine("illegal-" + deposit + "-" + i, deposit, cfg.deposits.get(deposit), im, sg, n, cfg.behaviour.illegalMine));
            }
        });
    }

    private void buildFamily(Population p, String family, ProductConfig pc) {
        double[] recipe = cfg.intermediates.get(pc.intermediate).recipeIn(cfg.time.startYear, cfg.elements);
        int key = cfg.elements.indexOf(pc.keyElement);
        InUseStock stock = new InUseStock(family, pc, cfg.time.startYear, cfg.time.endYear, recipe, key, p.recycling, ledger);
        SubstitutionConfig.Technology sub = cfg.substitution.forFamily(family);
        NewUsesConfig.NewUse uses = cfg.newUses.forFamily(family);
        // intermediate in a unit that uses it: key element content over the key element's share of the recipe, kg REO
        TechnologySubstitution substitution = sub == null ? null : new TechnologySubstitution(sub, pc.contentPerUnit / recipe[key]);
        NewUseGrowth newUses = uses == null ? null : new NewUseGrowth(uses, cfg.elements.indexOf(uses.element));
        Manufacturer mf = new Manufacturer(family, pc, new DemandPath(pc.demand), recipe, key, stock, p.makers.get(pc.intermediate),
                cfg.market.priceMemoryYears, cfg.intermediates.get(pc.intermediate).observedPriceFactor, substitution, newUses);
        p.inUse.add(stock);
        p.manufacturers.add(mf);
    }

    /** Registers every China-side account (via each agent's Account fields) for stage stocks. */
    private void collectAccounts(Population p) {
        List<Object> holders = new ArrayList<>();
        holders.addAll(p.mines);
        holders.addAll(p.illegalMines);
        holders.addAll(p.smelters);
        holders.addAll(p.allMakers());
        holders.addAll(p.manufacturers);
        holders.addAll(p.inUse);
        holders.addAll(p.recyclers);
        holders.addAll(p.traders);
        holders.addAll(p.smugglers);
        holders.add(p.stockpile);
        holders.add(p.storageCentres);
        if (p.domesticStockholder != null) holders.add(p.domesticStockholder);
        for (Object h : holders) {
            for (Class<?> c = h.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getType() != Account.class) continue;
                    try {
                        f.setAccessible(true);
                        Account a = (Account) f.get(h);
                        if (a != null && !a.stage().boundary) p.accounts.add(a);
                    } catch (IllegalAccessException ex) {
                        throw new IllegalStateException(ex);
                    }
                }
            }
        }
    }

    private Map<String, double[]> depositShares() {
        Map<String, double[]> m = new LinkedHashMap<>();
        cfg.deposits.forEach((k, d) -> {
            double[] v = vector(d.distribution);
            double s = 0;
            for (double x : v) s += x;
            for (int e = 0; e < v.length; e++) v[e] /= s;   // exact unit sum, so concentrate mass is conserved
            m.put(k, v);
        });
        return m;
    }

    private double[] vector(Map<String, Double> byElement) {
        return ModelConfig.byElement(byElement, cfg.elements);
    }

    private int scaled(int count) {
        return count == 0 ? 0 : Math.max(1, (int) Math.round(count * scale));
    }

    /** Heterogeneous attitude around the configured mean: lognormal with sd 0.5 on the log scale. */
    private double varied(double mean) {
        return mean * StrictMath.exp(0.5 * rng.nextGaussian() - 0.125);
    }

    /** A copy of a config object with one capacity field divided by the population scale. */
    private <T> T scaledCopy(T src, String field, Class<T> type) {
        if (scale == 1.0) return src;
        try {
            T copy = type.getDeclaredConstructor().newInstance();
            for (Field f : type.getFields()) if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) f.set(copy, f.get(src));
            Field cap = type.getField(field);
            cap.setDouble(copy, cap.getDouble(src) / scale);
            return copy;
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot scale " + type.getSimpleName() + "." + field, ex);
        }
    }
}
