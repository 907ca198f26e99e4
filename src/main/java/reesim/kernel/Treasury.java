package reesim.kernel;

/** The state's till: what agents pay to the state (taxes, tariffs, fines, licences) and receive from it. */
public interface Treasury {
    void collectRevenue(double usd);
    void paySubsidy(double usd);
}
