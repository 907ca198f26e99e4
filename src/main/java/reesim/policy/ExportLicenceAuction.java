package reesim.policy;

import reesim.agents.ExportTrader;
import reesim.kernel.Context;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The year's export quota is sold to registered traders. Each asks for its yearly capacity at what
 * a tonne of licence is worth to it (last year's export margin, net of tariff and its own freight
 * cost). When the requests exceed the quota, licences go to the highest valuations and all pay
 * the marginal (lowest accepted) valuation; when they do not, licences are free.
 */
public final class ExportLicenceAuction implements Serializable {
    private double price;

    /** Allots the quota (t REO) and returns the licence price, USD/kg. */
    public double allot(Context m, List<ExportTrader> traders, double quota) {
        record Request(ExportTrader trader, double qty, double value) {}
        List<Request> requests = new ArrayList<>();
        double asked = 0;
        for (ExportTrader t : traders) {
            requests.add(new Request(t, t.capacity(), t.licenceValue(m)));
            asked += t.capacity();
            t.setLicence(0);
        }
        requests.sort(Comparator.comparingDouble(Request::value).reversed());
        double left = quota;
        price = 0;
        for (Request r : requests) {
            if (left <= 0) break;
            double q = Math.min(r.qty, left);
            r.trader.setLicence(q);
            left -= q;
            if (asked > quota) price = r.value;
        }
        if (asked > quota) {
            for (Request r : requests) {
                double paid = r.trader.licence() * 1000 * price;
                r.trader.pay(-paid);
                m.treasury().collectRevenue(paid);
            }
        }
        return price;
    }

    public double price() { return price; }
}
