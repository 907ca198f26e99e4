package reesim.agents.rules;

/**
 * A threshold spread uniformly over a population (a technology's premium over a family's models, the penalty of a
 * lower magnet grade over grades, the cost of a mine's faces): the share of the population whose threshold, uniform
 * on {@code centre} x (1 +/- {@code spread}), lies below {@code value}. With no spread it is all or nothing at the
 * centre. Substitution, dilution and mining decide by it.
 */
public final class UniformSpread {
    private UniformSpread() {}

    public static double shareBelow(double value, double centre, double spread) {
        double lo = centre * (1 - spread), hi = centre * (1 + spread);
        if (hi - lo <= 1e-12 * Math.max(1, centre)) return value > centre ? 1 : 0;
        return Math.max(0, Math.min(1, (value - lo) / (hi - lo)));
    }
}
