package reesim.policy;

import reesim.agents.ExportTrader;
import reesim.agents.Mine;
import reesim.agents.Smelter;
import reesim.config.DepositConfig;
import reesim.config.PolicyConfig;
import reesim.config.ScenarioConfig;
import reesim.config.RecyclingConfig;
import reesim.kernel.Context;
import reesim.kernel.EnvironmentalStandard;
import reesim.kernel.Instruments;
import reesim.kernel.Treasury;
import reesim.kernel.Schedules;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;
import java.util.Map;

/**
 * Sets the year's instruments on the first tick of each year, from the schedule (scaled and
 * shifted by the scenario knobs) or, when enabled, from the adaptive rule; allots mining and
 * smelting quotas and export licences; and answers the agents' questions about the instruments in
 * force (tariffs, taxes, detection odds, fines). It also keeps the state's accounts.
 */
public class Regulator implements Steppable, Instruments, Treasury {
    private final PolicyConfig cfg;
    private final ScenarioConfig scenario;
    private final double smelterDetectability;
    private double miningQuota = Double.POSITIVE_INFINITY;
    private double heavyShare;
    private double exportQuota = Double.POSITIVE_INFINITY;
    /** The year's licences per trader and per plant, t, while the second batch is still to be issued (else null). */
    private double[] traderLicences, plantLicences;
    private double[] tariff;
    /** This year's separation quota per element, t (infinite: none). */
    private final double[] elementQuota;
    private double mineEffort, customsEffort;
    private double subsidy, mandate;
    private int year;
    private double revenue, spending;
    private final ExportLicenceAuction licences = new ExportLicenceAuction();
    /** The statistics the regulator has received, by the year they count: {use, illegal estimate} (t). */
    private final java.util.TreeMap<Integer, double[]> observed = new java.util.TreeMap<>();

    private final List<String> elements;
    private final RecyclingConfig recycling;
    private List<Mine> mines = List.of();
    private List<Smelter> smelters = List.of();
    private List<ExportTrader> traders = List.of();

    public Regulator(PolicyConfig cfg, ScenarioConfig scenario, RecyclingConfig recycling, List<String> elements) {
        this.cfg = cfg;
        this.scenario = scenario;
        this.recycling = recycling;
        this.smelterDetectability = cfg.enforcement.smelterDetectability;
        this.elements = elements;
        this.tariff = new double[elements.size()];
        this.elementQuota = new double[elements.size()];
        java.util.Arrays.fill(elementQuota, Double.POSITIVE_INFINITY);
    }

    /** The month the second batch of a year's export licences is issued (MOFCOM's July allocations of 2009-2014). */
    static final int SECOND_BATCH_MONTH = 7;

    /** The operators whose quotas and licences the regulator allots. */
    public void govern(List<Mine> mines, List<Smelter> smelters, List<ExportTrader> traders) {
        this.mines = mines;
        this.smelters = smelters;
        this.traders = traders;
    }

    @Override
    public void step(SimState state) {
        Context m = (Context) state;
        long t = m.tick();
        if (m.calendar().isJanuary(t)) decide(m, m.calendar().year(t));
        if (m.calendar().month(t) == SECOND_BATCH_MONTH && traderLicences != null) issueSecondBatch();
        spending += (mineEffort + customsEffort) * cfg.enforcement.costPerEffortUnit / 12;
    }

    /** The year's decisions. Public so that a GUI change of a knob can take effect at once if wished. */
    public void decide(Context m, int year) {
        this.year = year;
        miningQuota = quotaFor(year);
        heavyShare = Schedules.at(cfg.heavyQuotaShare, year, 0);
        for (int e = 0; e < elementQuota.length; e++) {
            Map<Integer, Double> s = cfg.elementQuota.get(elements.get(e));
            elementQuota[e] = s == null || s.isEmpty() || year < java.util.Collections.min(s.keySet()) ? Double.POSITIVE_INFINITY : Schedules.at(s, year);
        }
        exportQuota = scheduledExportQuota(year);
        for (int e = 0; e < tariff.length; e++) {
            Map<Integer, Double> s = cfg.exportTariff.getOrDefault(elements.get(e), cfg.exportTariff.get("default"));
            tariff[e] = Math.max(0, Schedules.at(s, year, 0) + scenario.exportTariffAdd);
        }
        mineEffort = Schedules.at(cfg.enforcement.mineInspection, year) * scenario.enforcementScale;
        customsEffort = Schedules.at(cfg.enforcement.customs, year) * scenario.enforcementScale;
        subsidy = Schedules.at(recycling.subsidy, year, 0) + scenario.recyclingSubsidy;
        mandate = Schedules.at(recycling.collectionMandate, year, 0);
        allot(m);
    }

    private double quotaFor(int year) {
        if (year < cfg.miningQuotaFrom || cfg.miningQuota.isEmpty()) return Double.POSITIVE_INFINITY;
        int lastKey = ((java.util.NavigableMap<Integer, Double>) new java.util.TreeMap<>(cfg.miningQuota)).lastKey();
        double scheduled = (year <= lastKey ? Schedules.at(cfg.miningQuota, year)
                : Schedules.compound(Schedules.at(cfg.miningQuota, lastKey), lastKey, cfg.miningQuotaGrowth, year))
                * scenario.miningQuotaScale;
        double[] seen = cfg.adaptive == null ? null : observed.get(year - cfg.adaptive.lagYears);
        if (cfg.adaptive != null && cfg.adaptive.enabled && year >= cfg.adaptive.fromYear && seen != null) {
            double target = seen[0] * (1 + cfg.adaptive.headroom) - cfg.adaptive.illegalOffsetShare * seen[1];
            double prev = Double.isFinite(miningQuota) ? miningQuota : scheduled;
            double lo = prev * (1 - cfg.adaptive.maxChange), hi = prev * (1 + cfg.adaptive.maxChange);
            return Math.max(0, Math.min(hi, Math.max(lo, target)));
        }
        return scheduled;
    }

    /**
     * Mining quota by capacity within each tax class; smelting quota and export licences by capacity. Once the
     * producers are consolidated into state groups, each group gets its members' capacity share of a class's quota
     * and, with merit order, passes it to its cheapest mines first; a group stops a share of its members'
     * over-quota digging and grey-ore buying.
     */
    private void allot(Context m) {
        double capLight = 0, capHeavy = 0;
        for (Mine mine : mines) {
            if (isHeavy(mine.depositConfig())) capHeavy += mine.getCapacity(); else capLight += mine.getCapacity();
        }
        boolean split = heavyShare > 0 && capHeavy > 0 && capLight > 0;
        PolicyConfig.Consolidation groups = cfg.consolidation;
        boolean merged = groups != null && groups.activeIn(year);
        double control = merged ? groups.internalControl : 0;
        for (Mine mine : mines) mine.setGroupControl(control);
        for (Smelter s : smelters) s.setGroupControl(control);
        for (Mine mine : mines) {
            if (!Double.isFinite(miningQuota)) { mine.setAllotment(Double.POSITIVE_INFINITY); continue; }
            boolean heavy = isHeavy(mine.depositConfig());
            double pool = split ? miningQuota * (heavy ? heavyShare : 1 - heavyShare) : miningQuota;
            double cap = split ? (heavy ? capHeavy : capLight) : capLight + capHeavy;
            mine.setAllotment(pool * mine.getCapacity() / cap);
        }
        if (merged && groups.meritOrder && Double.isFinite(miningQuota)) {
            for (int g = 0; g < groups.groups; g++) {
                for (boolean heavy : split ? new boolean[]{false, true} : new boolean[]{false}) {
                    List<Mine> members = new java.util.ArrayList<>();
                    for (int i = g; i < mines.size(); i += groups.groups)
                        if (!split || isHeavy(mines.get(i).depositConfig()) == heavy) members.add(mines.get(i));
                    meritOrder(members);
                }
            }
        }
        double smeltCap = smelters.stream().mapToDouble(Smelter::capacity).sum();
        double smeltingQuota = miningQuota * cfg.smeltingQuotaRatio;
        for (Smelter s : smelters) {
            s.setAllotment(Double.isFinite(smeltingQuota) ? smeltingQuota * s.capacity() / smeltCap : Double.POSITIVE_INFINITY);
            double[] byElement = new double[elementQuota.length];
            for (int e = 0; e < byElement.length; e++)
                byElement[e] = Double.isFinite(elementQuota[e]) ? elementQuota[e] * s.capacity() / smeltCap : Double.POSITIVE_INFINITY;
            s.setElementAllotments(byElement);
        }
        double toPlants = cfg.exportLicenceProducerShare;
        traderLicences = plantLicences = null;
        if (Double.isFinite(exportQuota)) {
            licences.allot(m, traders, exportQuota * (1 - toPlants));
            for (Smelter s : smelters) s.setExportLicence(exportQuota * toPlants * s.capacity() / smeltCap);
            issueFirstBatch(firstBatchShare());
        } else {
            for (ExportTrader tr : traders) tr.setLicence(Double.POSITIVE_INFINITY);
            for (Smelter s : smelters) s.setExportLicence(toPlants > 0 ? Double.POSITIVE_INFINITY : 0);
        }
    }

    /**
     * In a year whose quota is issued in two batches, each holder gets the first batch's share of its year's licence in
     * January and the rest in July (issueSecondBatch). What a holder leaves of the first batch stays usable after
     * July (assumption: a licence is valid to the year's end).
     */
    private void issueFirstBatch(double share) {
        if (share >= 1) return;
        traderLicences = traders.stream().mapToDouble(ExportTrader::licence).toArray();
        plantLicences = smelters.stream().mapToDouble(Smelter::getExportLicence).toArray();
        for (ExportTrader tr : traders) tr.setLicence(tr.licence() * share);
        for (Smelter s : smelters) s.setExportLicence(s.getExportLicence() * share);
    }

    private void issueSecondBatch() {
        for (int i = 0; i < traders.size(); i++) traders.get(i).setLicence(traderLicences[i]);
        for (int i = 0; i < smelters.size(); i++) smelters.get(i).setExportLicence(plantLicences[i]);
        traderLicences = plantLicences = null;
    }

    /** The share of this year's export quota issued in January: the first batch over the scheduled quota, else 1. */
    private double firstBatchShare() {
        Double first = cfg.exportQuotaFirstBatch == null ? null : cfg.exportQuotaFirstBatch.get(year);
        double scheduled = first == null ? 0 : Schedules.at(cfg.exportQuota, year);
        return scheduled > 0 ? Math.min(1, first / scheduled) : 1;
    }

    @Override
    public int licencePeriodEnd() { return traderLicences != null ? SECOND_BATCH_MONTH - 1 : 12; }

    private static boolean isHeavy(DepositConfig d) { return "heavy".equals(d.taxClass); }

    /** Re-allots a group's quota (the sum of its members' allotments) to its cheapest mines first, each up to its capacity. */
    static void meritOrder(List<Mine> members) {
        double quota = 0;
        for (Mine mine : members) quota += mine.getAllotment();
        List<Mine> byCost = new java.util.ArrayList<>(members);
        byCost.sort(java.util.Comparator.comparingDouble(Mine::getUnitCost));
        for (Mine mine : byCost) {
            double a = Math.min(mine.getCapacity(), quota);
            mine.setAllotment(a);
            quota -= a;
        }
        // a quota beyond the group's capacity stays with its members in proportion (they cannot dig it anyway)
        if (quota > 0) {
            double cap = 0;
            for (Mine mine : members) cap += mine.getCapacity();
            for (Mine mine : members) mine.setAllotment(mine.getAllotment() + quota * mine.getCapacity() / cap);
        }
    }

    /**
     * What the state's statistics counted for {@code year} (see {@link StateStatistics}): the use the adaptive rule
     * plans for and the estimate of illegal output. The rule reads them {@code adaptive.lagYears} years later.
     */
    public void observeYear(int year, double use, double illegalEstimate) {
        observed.put(year, new double[]{use, illegalEstimate});
        observed.headMap(year - 10).clear();   // older statistics are never read (lagYears <= 10)
    }

    /** Monthly probability that inspectors catch an operation of the given visibility and intensity (0-1). */
    public double detectionProbability(double detectability, double activity, double protection) {
        double hazard = cfg.enforcement.mineDetectionRate * mineEffort * detectability * (1 - protection) * activity / 12;
        return 1 - StrictMath.exp(-hazard);
    }

    public double customsSeizureProbability() {
        return 1 - StrictMath.exp(-cfg.enforcement.customsSeizureRate * customsEffort);
    }

    /** Resource tax per kg REO of concentrate: per tonne of ore (by tax class) plus ad valorem (by tax class where given) on the concentrate price. */
    public double resourceTaxPerKg(DepositConfig d, double concentratePrice) {
        Map<Integer, Double> s = cfg.resourceTax.perTonneOre.get(d.taxClass);
        double perTonneOreCny = Schedules.at(s, year, 0);
        double perKgReo = perTonneOreCny / cfg.resourceTax.cnyPerUsd / (d.oreGrade * 1000);
        Map<Integer, Double> adValorem = cfg.resourceTax.adValoremByClass.getOrDefault(d.taxClass, cfg.resourceTax.adValorem);
        return perKgReo + Schedules.at(adValorem, year, 0) * concentratePrice;
    }

    @Override
    public EnvironmentalStandard environmentalStandard(DepositConfig d) {
        PolicyConfig.Environment env = cfg.environment;
        if (env == null || !env.inForce(d.taxClass, year)) return null;
        double closure = 1 - StrictMath.exp(-env.inspectionRate * mineEffort / 12);
        return new EnvironmentalStandard(env.complianceCapital, env.paybackYears, closure, env.closureMonths);
    }

    public double exportTariff(int e) { return tariff[e]; }
    public double fineMine() { return cfg.enforcement.fineMine; }
    public double fineSmuggling() { return cfg.enforcement.fineSmuggling; }
    public int shutdownMonths() { return cfg.enforcement.shutdownMonths; }
    public double smelterDetectability() { return smelterDetectability; }
    public double recyclingSubsidy() { return subsidy; }
    public double collectionMandate(String family) {
        return recycling.mandateFamilies.isEmpty() || recycling.mandateFamilies.contains(family) ? mandate : 0;
    }
    public double miningQuota() { return miningQuota; }
    public double exportQuota() { return exportQuota; }

    @Override
    public double scheduledExportQuota(int year) {
        return cfg.exportQuotaUntil != 0 && year > cfg.exportQuotaUntil || cfg.exportQuota.isEmpty()
                || year < cfg.exportQuota.keySet().iterator().next()
                ? Double.POSITIVE_INFINITY : Schedules.at(cfg.exportQuota, year) * scenario.exportQuotaScale;
    }
    /** This year's separation quota for element e, t (infinite: none). */
    public double elementQuota(int e) { return elementQuota[e]; }
    /** Price of a kg of export licence in this year's allocation, USD/kg (0 when licences are not scarce). */
    public double licencePrice() { return Double.isFinite(exportQuota) ? licences.price() : 0; }
    public double mineEffort() { return mineEffort; }
    public double customsEffort() { return customsEffort; }
    public void collectRevenue(double usd) { revenue += usd; }
    public void paySubsidy(double usd) { spending += usd; }
    public double revenue() { return revenue; }
    public double spending() { return spending; }
}
