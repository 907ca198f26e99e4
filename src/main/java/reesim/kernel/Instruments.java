package reesim.kernel;

import reesim.config.DepositConfig;

/** The policy instruments in force this year, as the agents read them. Set by the regulator each January. */
public interface Instruments {
    double miningQuota();
    double exportQuota();
    /**
     * The export quota the policy schedule sets for {@code year}, t REO (infinite: none): China announced its quotas ahead,
     * so agents that plan for next year may read it. Infinite unless a schedule says otherwise.
     */
    default double scheduledExportQuota(int year) { return Double.POSITIVE_INFINITY; }
    /** Export tariff on element e, fraction of the export value. */
    double exportTariff(int e);
    /**
     * The last month (1-12) the export licences issued so far must last: 12, or the month before the year's next batch
     * when the quota is issued in batches (policy.exportQuotaFirstBatch). Holders spread what is left of them to then.
     */
    default int licencePeriodEnd() { return 12; }
    /** Price of a kg of export licence in this year's allocation, USD/kg (0 when licences are not scarce). */
    double licencePrice();
    /** Resource tax per kg REO of concentrate, USD/kg. */
    double resourceTaxPerKg(DepositConfig deposit, double concentratePrice);
    /** Monthly probability that inspectors catch an operation of the given visibility and intensity (0-1). */
    double detectionProbability(double detectability, double activity, double protection);
    /** Probability that customs seize a smuggled shipment (0-1). */
    double customsSeizureProbability();
    /** Fine for unregistered mining or separation, USD/kg. */
    double fineMine();
    /** Fine for smuggling, USD/kg. */
    double fineSmuggling();
    int shutdownMonths();
    double smelterDetectability();
    /** Recycling subsidy, USD/kg recovered. */
    double recyclingSubsidy();
    /** Share of a product family's end-of-life units recyclers must take (extended producer responsibility). */
    double collectionMandate(String family);
    double mineEffort();
    /** The environmental standard legal mines on this deposit must meet this year; null when none is in force. */
    EnvironmentalStandard environmentalStandard(DepositConfig deposit);
    double customsEffort();
}
