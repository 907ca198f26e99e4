package reesim.agents;

import reesim.agents.rules.CapacityInvestment;
import reesim.agents.rules.SalesMemory;
import reesim.config.BehaviourConfig;
import reesim.config.IntermediateConfig;
import reesim.ledger.Account;
import reesim.ledger.ShipmentLedger;
import reesim.ledger.Stage;
import reesim.market.Market;
import reesim.kernel.Context;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes one intermediate (NdFeB magnets, NiMH batteries, catalysts, phosphors, ...) to order for
 * domestic manufacturers and foreign buyers. It keeps a stock of oxide inputs, bidding for them on
 * the domestic markets with an urgency that grows with its shortfall, turns them into product by
 * its recipe (the production scrap goes to recyclers), quotes its price as input cost plus
 * conversion, and invests in capacity when it is full.
 */
public class IntermediateMaker extends Agent {
    private final String product;
    /** Where production scrap goes. */
    private final RecyclingSector recycling;
    private final IntermediateConfig cfg;
    private final double[] recipe;
    private final List<String> elements;
    /** The year {@link #recipe} was last set for (its config's recipeByYear). */
    private int recipeYear = Integer.MIN_VALUE;
    /** This month's recipe: elements priced beyond their choke price are thrifted out, the rest scaled up. */
    private final double[] effective;
    private final RecipeMix mix;
    /** Ce in place of part of Pr+Nd, when configured and on; null otherwise. */
    private final Dilution dilution;
    private final double[] relativePrice;
    /** This month's domestic prices, for the dilution decision. */
    private final double[] domesticPrice;
    private final Account input;
    private final Account output;
    private double capacity;
    private final List<PendingOrder> pending = new ArrayList<>();
    private double lastProduced, lastExported;
    /** Orders received a month (one slot). */
    private final SalesMemory orders;
    private final CapacityInvestment investment;
    private final double[] madeContent;
    /** Per element: content ordered this month (at the recipe it makes) that was not made, t. */
    private final double[] shortThisTick;

    private record PendingOrder(Account to, Stage toStage, double qty, Agent buyer) implements java.io.Serializable {}

    public IntermediateMaker(String id, String product, IntermediateConfig cfg, double[] recipe, List<String> elements, RecyclingSector recycling,
                             BehaviourConfig.MakerBehaviour rules) {
        super(id);
        this.recycling = recycling;
        this.product = product;
        this.cfg = cfg;
        this.recipe = recipe;
        this.elements = elements;
        this.mix = new RecipeMix(recipe, cfg.substitutes, elements);
        this.dilution = Dilution.of(cfg.dilution, elements);
        this.relativePrice = new double[recipe.length];
        this.domesticPrice = new double[recipe.length];
        this.effective = recipe.clone();
        this.madeContent = new double[recipe.length];
        this.shortThisTick = new double[recipe.length];
        this.capacity = cfg.capacity;
        this.orders = new SalesMemory(1, rules.orderMemoryWeight);
        this.investment = CapacityInvestment.growing(CapacityInvestment.Growth.EXCESS, cfg.maxCapacityGrowth, rules.nearFull, 0);
        int n = recipe.length;
        this.input = new Account(this, Stage.INTERMEDIATE, "oxide", n);
        this.output = new Account(this, Stage.INTERMEDIATE, product, n);
    }

    /**
     * Starting conditions: the maker begins the run with a month's orders as its order history and
     * its normal input stock, as a going concern would, instead of an empty store.
     */
    public void prime(ShipmentLedger ledger, double monthlyOrders) {
        orders.prime(0, monthlyOrders);
        for (int e = 0; e < recipe.length; e++) ledger.openStock(input, e, monthlyInput(monthlyOrders, e) * (1 + cfg.inputStockMonths), true);
    }

    /** Oxide of element e a month of these orders takes at the maker's recipe, scrap included, t. */
    public double monthlyInput(double monthlyOrders, int e) {
        return monthlyOrders / (1 - cfg.scrapRate) * recipe[e];
    }

    /** A manufacturer (or the rest of the world) orders qty t REO contained, delivered into its account this tick. */
    public void order(Agent buyer, Account to, Stage toStage, double qty) {
        if (qty > 1e-12) pending.add(new PendingOrder(to, toStage, qty, buyer));
    }

    /**
     * The recipe it makes in {@code year}: the config's recipe or, where it changes over the years (recipeByYear), that
     * year's, set in place (the substitution rules read the same array).
     */
    public double[] recipeFor(int year) {
        if (cfg.drifts() && year != recipeYear) {
            System.arraycopy(cfg.recipeIn(year, elements), 0, recipe, 0, recipe.length);
            recipeYear = year;
        }
        return recipe;
    }

    /** Whether its recipe changes over the years. */
    public boolean recipeDrifts() { return cfg.drifts(); }

    @Override
    protected void act(Context m) {
        long t = m.tick();
        recipeFor(m.calendar().year(t));
        if (m.calendar().isJanuary(t) && t > 0) capacity = investment.review(capacity, true);
        substitute(m);
        double ordered = 0;
        for (PendingOrder o : pending) ordered += o.qty;
        orders.add(0, ordered);
        orders.roll();
        investment.record(ordered);
        double make = Math.min(ordered, capacity / 12);
        for (int e = 0; e < recipe.length; e++) {
            // every element of the (substituted, thrifted) recipe limits what can be made
            if (effective[e] > 0) make = Math.min(make, input.registered(e) * (1 - cfg.scrapRate) / effective[e]);
        }
        produce(m, make);
        for (int e = 0; e < recipe.length; e++) shortThisTick[e] = Math.max(0, ordered * effective[e] - madeContent[e]);
        deliver(m, make, ordered);
        pending.clear();
        buyInputs(m);
    }

    /**
     * Shifts the mix within substitute groups towards the elements whose domestic price rose least
     * (e.g. more Nd and less Pr; more Dy and less Tb); beyond the choke price an element is thrifted
     * out altogether.
     */
    private void substitute(Context m) {
        mixAt(m, false, effective);
        if (dilution != null) dilute(m);
        double kept = 0;
        for (int e = 0; e < recipe.length; e++) {
            boolean choked = recipe[e] > 0 && m.markets().oxide(e, false).price() >= m.marketRules().chokePrice(e, false) * 0.999;
            if (choked) effective[e] = 0;
            kept += effective[e];
        }
        if (kept <= 0) System.arraycopy(recipe, 0, effective, 0, recipe.length);
        else for (int e = 0; e < recipe.length; e++) effective[e] /= kept;
    }

    /** Puts the abundant element in place of part of the dear ones when the saving pays for the lower grade. */
    private void dilute(Context m) {
        for (int e = 0; e < recipe.length; e++) domesticPrice[e] = m.markets().oxide(e, false).price();
        dilution.decide(m.calendar().year(m.tick()), effective, domesticPrice);
        dilution.apply(effective);
    }

    /** Makes {@code make} t REO by the recipe; a short minor element is thrifted (less of it in the product). */
    private void produce(Context m, double make) {
        lastProduced = Math.max(0, make);
        java.util.Arrays.fill(madeContent, 0);
        if (lastProduced <= 0) return;
        for (int e = 0; e < recipe.length; e++) {
            if (effective[e] <= 0) continue;
            double content = Math.min(lastProduced * effective[e], input.registered(e) * (1 - cfg.scrapRate));
            madeContent[e] = content;
            double used = content / (1 - cfg.scrapRate);
            m.ledger().transform(input, output, e, content, true);
            recycling.takeScrap(m, input, e, used - content);
        }
        pay(-lastProduced * 1000 * cfg.conversionCost);
    }

    /** Shares what was made among the orders in proportion to their size. */
    private void deliver(Context m, double made, double ordered) {
        lastExported = 0;
        if (made <= 0 || ordered <= 0) return;
        double price = quote(m);
        for (PendingOrder o : pending) {
            double share = o.qty / ordered, q = made * share;
            for (int e = 0; e < recipe.length; e++) {
                if (madeContent[e] > 0) m.ledger().move(output, Stage.INTERMEDIATE, o.to, o.toStage, e, Math.min(madeContent[e] * share, output.registered(e)), true);
            }
            double value = q * 1000 * price;
            o.buyer.pay(-value);
            pay(value);
            if (o.toStage == Stage.WORLD) lastExported += q;
        }
    }

    private void buyInputs(Context m) {
        double monthlyNeed = Math.min(orders.average(0), capacity / 12) / (1 - cfg.scrapRate);
        double target = monthlyNeed * (1 + cfg.inputStockMonths);
        for (int e = 0; e < recipe.length; e++) {
            if (effective[e] <= 0) continue;
            double want = target * effective[e] - input.registered(e);
            if (want <= 1e-12) continue;
            double urgency = want / Math.max(1e-9, target * effective[e]);
            Market market = m.markets().oxide(e, false);
            m.pricing().bid(market, this, input, want, market.price(), urgency, m.marketRules().chokePrice(e, false));
        }
    }

    /** Price per kg REO contained: replacement cost of inputs at domestic prices plus conversion. */
    public double quote(Context m) {
        double c = 0;
        for (int e = 0; e < recipe.length; e++) if (effective[e] > 0) c += effective[e] * m.markets().oxide(e, false).price();
        return c / (1 - cfg.scrapRate) + cfg.conversionCost;
    }

    /** The mix a maker facing this side's prices (domestic or world) would choose. */
    public void mixAt(Context m, boolean world, double[] out) {
        for (int e = 0; e < recipe.length; e++) relativePrice[e] = m.marketRules().priceRelativeToStart(e, world);
        mix.mix(relativePrice, out);
    }

    /** The oxide input store (for fixtures that stock it directly). */
    Account input() { return input; }
    public String product() { return product; }
    public double capacity() { return capacity; }
    public double[] recipe() { return recipe; }
    public double lastExported() { return lastExported; }

    public String getProduct() { return product; }
    public double getCapacity() { return capacity; }
    public double getLastProduced() { return lastProduced; }

    /** Element e contained in this month's production, t (the mix actually used, after substitution and thrifting). */
    public double madeContent(int e) { return madeContent[e]; }

    /** Oxide of element e this month's production used up, production scrap included, t. */
    public double inputUsed(int e) { return madeContent[e] / (1 - cfg.scrapRate); }
    public double getLastExported() { return lastExported; }
    public double getInputStock() { return input.total(); }
    public double getOrderAverage() { return orders.average(0); }
    /** Share of the replaced elements' content (Pr+Nd) the abundant one (Ce) takes this month; 0 without dilution. */
    public double getDilutionShare() { return dilution == null ? 0 : dilution.share(); }
    /** Content of element e ordered this month that could not be made (input short, thrifted or capacity short), t. */
    public double shortThisTick(int e) { return shortThisTick[e]; }
}
