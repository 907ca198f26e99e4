package reesim.cli;

import reesim.config.BadInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import reesim.config.ConfigLoader;
import reesim.config.DemandConfig;
import reesim.config.ModelConfig;
import reesim.config.ProductConfig;
import reesim.demand.DemandYamlWriter;
import reesim.demand.DurableTarget;
import reesim.demand.GompertzFit;
import reesim.demand.KeyContent;
import reesim.demand.ReoDemandCheck;
import reesim.data.SeedFacts;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "fit-demand", mixinStandardHelpOptions = true,
        description = "Fit the stock-driven Gompertz demand (seed 002 eq. 7-9: VS, alpha, beta) of the durable families to "
                + "seed_facts demand_<family> 2017 and forecast_demand_<family> 2050 (softly: the 2000-2017 growth and the "
                + "seed 002 section 3.1 in-use stock 2017), print target vs fitted, then China's REO demand from all demand paths "
                + "against seed 003. --write puts method and parameters into the --config file in place (see docs/demand.md).")
public final class FitDemandCommand implements Callable<Integer> {
    private static final int[] CHECK_YEARS = {2000, 2005, 2010, 2015, 2017, 2020, 2025, 2030, 2040, 2050};

    @Mixin ConfigOptions options;

    @Option(names = "--family", paramLabel = "NAME", description = "fit only this family (repeatable; default: the nine durables)")
    List<String> families = new ArrayList<>();

    @Option(names = "--write", description = "write the fitted method and parameters into the --config file (other lines and comments kept)")
    boolean write;

    @Override
    public Integer call() throws Exception {
        ConfigLoader.Loaded<ModelConfig> loaded = options.load();
        List<java.nio.file.Path> chain = ConfigLoader.extendsChain(options.config);
        if (write && chain.size() > 1) {
            throw new BadInputException(options.config + " is an overlay (extends: " + chain.get(1) + "): --write writes into the config's "
                    + "own demand lines, so fit its base " + chain.get(chain.size() - 1) + " instead; overlays inherit the fitted demand");
        }
        ModelConfig cfg = loaded.value();
        if (cfg.macro == null) throw new BadInputException(options.config + ": no macro block (GDP per capita and population); fit-demand needs one");
        SeedFacts facts = SeedFacts.load();
        List<DurableTarget> targets = targets(facts, cfg);
        GompertzFit fitter = new GompertzFit(cfg.macro.series());
        Map<String, List<String>> lines = new LinkedHashMap<>();
        PrintStream out = System.out;
        out.println("Stock-driven Gompertz fit, t Nd per year (stock: t Nd in use in China), macro " + cfg.macro.file);
        out.printf(Locale.ROOT, "%-21s %8s %8s %8s %8s %8s %8s %9s %9s %10s %9s %12s%n", "family", "2017 tgt", "fitted",
                "2050 tgt", "fitted", "g00-17 t", "fitted", "stk17 tgt", "fitted", "VS/capita", "alpha", "beta");
        for (DurableTarget t : targets) {
            ProductConfig pc = cfg.products.get(t.family());
            GompertzFit.Result r = fitter.fit(new GompertzFit.Family(t, KeyContent.of(pc), pc.lifetimeYears, pc.lifetimeShape));
            print(out, r);
            DemandConfig fitted = new DemandConfig().withStockGompertz(r.saturationPerCapita(), r.alpha(), r.beta());
            fitted.bind(new DemandConfig.StockContext(cfg.macro, pc.lifetimeYears, pc.lifetimeShape, cfg.time.startYear, cfg.time.endYear));
            pc.demand = fitted;
            lines.put(t.family(), DemandYamlWriter.stockGompertzLines(r));
        }
        out.println("growth targets: the seed_facts note, or g = the group's rate (seed 002 s3.1: electronics x12, other uses x28 over 2000-2017)");
        printReo(out, new ReoDemandCheck(cfg, facts), facts);
        if (write) {
            DemandYamlWriter.write(options.config, lines);
            out.println("wrote stock_gompertz parameters of " + lines.keySet() + " into " + options.config);
        }
        return 0;
    }

    private List<DurableTarget> targets(SeedFacts facts, ModelConfig cfg) {
        List<DurableTarget> all = DurableTarget.load(facts);
        for (String f : families) {
            if (!DurableTarget.FAMILIES.containsKey(f)) throw new BadInputException("--family " + f + ": expected one of " + DurableTarget.FAMILIES.keySet());
        }
        List<DurableTarget> chosen = all.stream().filter(t -> families.isEmpty() || families.contains(t.family())).toList();
        for (DurableTarget t : chosen) {
            if (!cfg.products.containsKey(t.family())) throw new BadInputException(options.config + ": no product family " + t.family() + " to fit");
        }
        return chosen;
    }

    private static void print(PrintStream out, GompertzFit.Result r) {
        DurableTarget t = r.family().target();
        out.printf(Locale.ROOT, "%-21s %8.0f %8.0f %8.0f %8.0f %8s %8.1f %9s %9.0f %10.4g %9.4g %12.4g%n", t.family(),
                t.demand2017(), r.demand2017(), t.demand2050(), r.demand2050(),
                String.format(Locale.ROOT, "%.1f%s", 100 * t.growth2000to2017(), t.growthFromNote() ? "" : "g"), 100 * r.growth(),
                t.stock2017() == null ? "-" : String.format(Locale.ROOT, "%.0f", t.stock2017()), r.stock2017(),
                r.saturationPerCapita(), r.alpha(), r.beta());
    }

    private static void printReo(PrintStream out, ReoDemandCheck check, SeedFacts facts) {
        out.println();
        out.println("REO demand from the demand paths at starting prices, kt (seed 003 via seed_facts consumption rows)");
        out.println("  contained: REO in final products made in China (the model's demand metric); gross: China's intermediate");
        out.println("  makers' input (scrap included) incl. foreign intermediate orders at China's assumed share; RoW: foreign");
        out.printf(Locale.ROOT, "%6s %10s %10s %8s %10s %8s %8s%n", "year", "contained", "mag.cont", "gross", "mag.share", "RoW", "world");
        for (int y : CHECK_YEARS) {
            ReoDemandCheck.Year r = check.at(y);
            out.printf(Locale.ROOT, "%6d %10.1f %10.1f %8.1f %9.0f%% %8.1f %8.1f%n", y, r.contained() / 1000, r.magnetsContained() / 1000,
                    r.gross() / 1000, 100 * r.magnetShareGross(), r.restOfWorld() / 1000, (r.gross() + r.restOfWorld()) / 1000);
        }
        out.printf(Locale.ROOT, "targets: China %.0f kt (2010), %.0f kt (2020), magnets 42 %% (2020); RoW %.0f kt (2010), %.0f kt (2020); world %.0f kt (2020)%n",
                facts.value("consumption", "China", 2010) / 1000, facts.value("consumption", "China", 2020) / 1000,
                facts.value("consumption", "RestOfWorld", 2010) / 1000, facts.value("consumption", "RestOfWorld", 2020) / 1000,
                facts.value("consumption", "World", 2020) / 1000);
    }
}
