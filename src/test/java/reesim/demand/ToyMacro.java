package reesim.demand;

import reesim.config.MacroConfig;

import java.util.Arrays;

/** Small macro series for tests. */
final class ToyMacro {
    private ToyMacro() {}

    /** GDP per capita growing 5 %/yr from 1000 USD in 1950 and a constant population of 1000, no smoothing. */
    static MacroConfig.Series growing(int firstYear, int lastYear) {
        int n = lastYear - firstYear + 1;
        double[] gdp = new double[n], pop = new double[n];
        for (int i = 0; i < n; i++) {
            gdp[i] = 1000 * Math.pow(1.05, firstYear + i - 1950);
            pop[i] = 1000;
        }
        String[] kind = new String[n], source = new String[n];
        Arrays.fill(kind, "historical");
        Arrays.fill(source, "test");
        return new MacroConfig.Series(firstYear, gdp, pop, kind, source, new double[]{0.05, 0, 0.05, 0}, 1);
    }
}
