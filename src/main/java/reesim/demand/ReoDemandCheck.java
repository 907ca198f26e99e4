package reesim.demand;

import reesim.data.SeedFacts;

import reesim.config.IntermediateConfig;
import reesim.config.ModelConfig;
import reesim.config.ProductConfig;
import reesim.config.WorldConfig;
import reesim.kernel.Schedules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * REO demand from the demand paths alone, at starting prices (no simulation), to set against seed
 * 003 (seed_facts consumption rows). China: {@code contained} = REO in the final products made in
 * China (units x adoption x content / key element's recipe share; the model's {@code demand}
 * metric); {@code gross} = what China's intermediate makers consume: contained grossed up for
 * production scrap, plus foreign intermediate orders at China's share of them. Rest of world:
 * foreign oxide demand plus the input of foreign-made intermediates. China's share of foreign
 * intermediate orders is emergent in a run; here it is assumed to follow seed_facts
 * share_global_magnets (0.78 in 2005 to 0.92 in 2020, linear, held outside).
 */
public final class ReoDemandCheck {
    /** Intermediates counted as permanent magnets (seed 003 "magnets 42 %"). */
    public static final Set<String> MAGNETS = Set.of("ndfeb", "smco");

    /** t REO in one year. */
    public record Year(int year, double contained, double magnetsContained, double gross, double magnetsGross,
                       double restOfWorld) {
        public double magnetShareGross() { return magnetsGross / gross; }
    }

    private final ModelConfig cfg;
    private final SeedFacts facts;
    private final Map<String, DemandPath> paths = new LinkedHashMap<>();

    public ReoDemandCheck(ModelConfig cfg, SeedFacts facts) {
        this.cfg = cfg;
        this.facts = facts;
        cfg.products.forEach((family, pc) -> paths.put(family, new DemandPath(pc.demand)));
    }

    /** t REO contained in one family's products made in a year. */
    public double containedReo(String family, int year) {
        ProductConfig pc = cfg.products.get(family);
        double keyShare = cfg.intermediates.get(pc.intermediate).recipe.get(pc.keyElement);
        return KeyContent.of(pc).tonnes(paths.get(family).unitsPerYear(year)) / keyShare;
    }

    public Year at(int year) {
        double contained = 0, magnets = 0, gross = 0, magnetsGross = 0, row = 0;
        for (String family : cfg.products.keySet()) {
            String im = cfg.products.get(family).intermediate;
            double c = containedReo(family, year);
            double g = c / (1 - cfg.intermediates.get(im).scrapRate);
            contained += c;
            gross += g;
            if (MAGNETS.contains(im)) { magnets += c; magnetsGross += g; }
        }
        double share = chinaShareOfForeignIntermediates(year);
        for (Map.Entry<String, WorldConfig.ForeignIntermediate> e : cfg.world.intermediateDemand.entrySet()) {
            IntermediateConfig ic = cfg.intermediates.get(e.getKey());
            double input = Schedules.compound(e.getValue().demand, cfg.time.startYear, e.getValue().growth, year) / (1 - ic.scrapRate);
            gross += input * share;
            if (MAGNETS.contains(e.getKey())) magnetsGross += input * share;
            row += input * (1 - share);
        }
        double growth = Schedules.compound(1, cfg.time.startYear, cfg.world.demandGrowth, year);
        for (double d : cfg.world.demand.values()) row += d * growth;
        return new Year(year, contained, magnets, gross, magnetsGross, row);
    }

    /** Assumed share of foreign intermediate orders filled by Chinese makers (seed_facts share_global_magnets). */
    public double chinaShareOfForeignIntermediates(int year) {
        double s05 = facts.value("share_global_magnets", "China", 2005), s20 = facts.value("share_global_magnets", "China", 2020);
        double f = Math.max(0, Math.min(1, (year - 2005) / 15.0));
        return s05 + f * (s20 - s05);
    }
}
