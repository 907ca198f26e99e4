package reesim.demand;

import reesim.data.SeedFacts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Gompertz fit of one durable family aims at, in t Nd: the seed_facts demand in 2017
 * ({@code demand_<key>}) and the forecast for 2050 ({@code forecast_demand_<key>}); softly the
 * 2000-2017 growth rate (from the seed_facts note where it gives one, else the rate of the
 * family's group, {@link #ELECTRONICS_GROWTH}, {@link #OTHER_GROWTH}) and the 2017 in-use stock that
 * seed 002 s3.1 states for some families (null where none is stated).
 */
public record DurableTarget(String family, String key, double demand2017, double demand2050, double growth2000to2017,
                            boolean growthFromNote, Double stock2017) {
    /**
     * 2000-2017 growth of Nd demand by group where the notes give none. Seed 002 s3.1: use-stage Nd
     * demand rose "nearly 20 times" 2000-2017 while electronics' share fell from 50 % to 30 %
     * (seed_facts demand_electronics note), so electronics grew 20 x 0.3 / 0.5 = 12-fold
     * (15.7 %/yr over 17 years) and everything else 20 x 0.7 / 0.5 = 28-fold (21.6 %/yr).
     */
    public static final double ELECTRONICS_GROWTH = StrictMath.pow(12, 1 / 17.0) - 1, OTHER_GROWTH = StrictMath.pow(28, 1 / 17.0) - 1;
    private static final Set<String> ELECTRONICS = Set.of("desktop_computer", "laptop_computer", "mobile_phone");

    /** The nine families the paper forecasts with the stock-driven Gompertz model, with their seed_facts keys. */
    public static final Map<String, String> FAMILIES = families();
    private static final Pattern GROWTH = Pattern.compile("(\\d+(?:\\.\\d+)?) %/yr growth");

    public static List<DurableTarget> load(SeedFacts facts) {
        List<DurableTarget> list = new ArrayList<>();
        FAMILIES.forEach((family, key) -> list.add(of(facts, family, key)));
        return list;
    }

    static DurableTarget of(SeedFacts facts, String family, String key) {
        SeedFacts.Fact now = facts.find("demand_" + key, "China", 2017).orElseThrow(() ->
                new IllegalStateException(SeedFacts.RESOURCE + " has no demand_" + key + " 2017"));
        double future = facts.value("forecast_demand_" + key, "China", 2050);
        Matcher m = GROWTH.matcher(now.note());
        boolean noted = m.find();
        double growth = noted ? Double.parseDouble(m.group(1)) / 100 : ELECTRONICS.contains(family) ? ELECTRONICS_GROWTH : OTHER_GROWTH;
        return new DurableTarget(family, key, now.value(), future, growth, noted, STOCKS_2017.get(family));
    }

    private static Map<String, String> families() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("conventional_vehicle", "conventional_vehicles");
        m.put("air_conditioner", "air_conditioners");
        m.put("refrigerator", "refrigerators");
        m.put("washing_machine", "washing_machines");
        m.put("microwave_oven", "microwave_ovens");
        m.put("vacuum_cleaner", "vacuum_cleaners");
        m.put("desktop_computer", "desktops");
        m.put("laptop_computer", "laptops");
        m.put("mobile_phone", "mobile_phones");
        return Collections.unmodifiableMap(m);
    }

    /**
     * t Nd in use in 2017 as seed 002 s3.1 (text after Fig. 3) states it. Air conditioners,
     * refrigerators, washing machines: "9 tons, 5 tons, and 6 tons in 2000 to 9,878 tons and 3,700
     * tons in 2017" - two 2017 figures for three products; assumption: 9,878 t is the air
     * conditioners', 3,700 t is not used. The 2000 figures (a few tonnes) are not used either: with
     * the 2000-2017 growth rates they are below one year of 2000 demand, which no lifetime here allows.
     */
    private static final Map<String, Double> STOCKS_2017 = Map.of(
            "conventional_vehicle", 13700.0,
            "air_conditioner", 9878.0,
            "microwave_oven", 1664.0,
            "vacuum_cleaner", 849.0,
            "desktop_computer", 928.0,
            "laptop_computer", 902.0,
            "mobile_phone", 2660.0);
}
