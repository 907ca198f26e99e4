package reesim.policy;

import org.junit.jupiter.api.Test;
import reesim.TestModels;
import reesim.agents.ExportTrader;
import reesim.agents.Mine;
import reesim.agents.Smelter;
import reesim.config.ModelConfig;
import reesim.model.ReeModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RegulatorTest {
    @Test
    void quotaFollowsTheRecordScaledByTheKnobAndIsFullyAllotted() {
        ReeModel m = TestModels.started(1, "scenario.miningQuotaScale=0.5");
        m.policy().decide(m, 2011);
        assertThat(m.policy().miningQuota()).isCloseTo(93800 * 0.5, within(1e-6));
        double allotted = m.mines().stream().mapToDouble(Mine::getAllotment).sum();
        assertThat(allotted).isCloseTo(93800 * 0.5, within(1e-6));
        double heavy = m.mines().stream().filter(x -> x.getDeposit().equals("ion_clay")).mapToDouble(Mine::getAllotment).sum();
        assertThat(heavy / allotted).isCloseTo(0.143, within(1e-9));
        double smelting = m.smelters().stream().mapToDouble(Smelter::getAllotment).sum();
        assertThat(smelting).isCloseTo(93800 * 0.5 * 0.964, within(1e-6));
    }

    @Test
    void noQuotaBeforeTotalAmountControlAndNoExportQuotaAfter2014() {
        ReeModel m = TestModels.started(1);
        m.policy().decide(m, 2003);
        assertThat(m.policy().miningQuota()).isInfinite();
        m.policy().decide(m, 2012);
        // 2012's quota of 30,996 t was issued in two batches: 21,226 t in January
        assertThat(m.traders().stream().mapToDouble(ExportTrader::licence).sum()).isCloseTo(21226, within(1e-6));
        m.policy().decide(m, 2016);
        assertThat(m.policy().exportQuota()).isInfinite();
    }

    @Test
    void aShareOfTheExportQuotaGoesToTheSeparationPlantsByCapacity() {
        ReeModel m = TestModels.started(1, "policy.exportLicenceProducerShare=0.4");
        m.policy().decide(m, 2008);   // a year whose quota (65,000 t) was issued at once
        double plants = m.smelters().stream().mapToDouble(Smelter::getExportLicence).sum();
        assertThat(plants).isCloseTo(0.4 * 65000, within(1e-6));
        assertThat(m.traders().stream().mapToDouble(ExportTrader::licence).sum()).isCloseTo(0.6 * 65000, within(1e-6));
        double cap = m.smelters().stream().mapToDouble(Smelter::capacity).sum();
        assertThat(m.smelters()).allSatisfy(s -> assertThat(s.getExportLicence()).isCloseTo(plants * s.capacity() / cap, within(1e-6)));
        // once the quota is gone the plants export freely; in the baseline they hold no licence at all
        m.policy().decide(m, 2016);
        assertThat(m.smelters()).allSatisfy(s -> assertThat(s.getExportLicence()).isInfinite());
        ReeModel base = TestModels.started(1);
        base.policy().decide(base, 2008);
        assertThat(base.smelters()).allSatisfy(s -> assertThat(s.getExportLicence()).isZero());
    }

    @Test
    void aQuotaIssuedInTwoBatchesGivesHoldersTheFirstInJanuaryAndTheRestInJuly() {
        for (double scale : new double[]{1, 0.5}) {
            ModelConfig cfg = TestModels.baseline("scenario.exportQuotaScale=" + scale, "policy.exportLicenceProducerShare=0.2");
            cfg.policy.exportQuotaFirstBatch.put(2000, 15000.0);   // of the year's 45,000 t
            ReeModel m = new ReeModel(1, cfg);
            m.start();
            double year = 45000 * scale;
            for (int month = 1; month <= 6; month++) {
                m.schedule.step(m);
                assertThat(licences(m)).as("licences held in month %d", month).isCloseTo(year / 3, within(1e-6));
                assertThat(m.policy().licencePeriodEnd()).isEqualTo(6);
            }
            m.schedule.step(m);
            assertThat(licences(m)).as("licences held from July").isCloseTo(year, within(1e-6));
            assertThat(m.policy().licencePeriodEnd()).isEqualTo(12);
            // the plants' share of the licences comes in the same two batches
            assertThat(m.smelters().stream().mapToDouble(Smelter::getExportLicence).sum()).isCloseTo(0.2 * year, within(1e-6));
            // a year without a batch of its own: the whole quota in January
            m.policy().decide(m, 2001);
            assertThat(licences(m)).isCloseTo(year, within(1e-6));
            assertThat(m.policy().licencePeriodEnd()).isEqualTo(12);
        }
    }

    @Test
    void aFirstBatchAboveTheYearsQuotaOrInAYearWithoutOneIsRefused() {
        java.nio.file.Path batches = TestModels.BASELINE;   // the record's batches of 2009-2014
        for (String[] bad : new String[][]{{"policy.exportQuotaFirstBatch.2010=30259", "at most the year's export quota"},
                {"policy.exportQuotaUntil=2012", "a year with an export quota"}}) {
            reesim.config.ConfigException e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> reesim.config.ConfigLoader.load(
                    batches, java.util.List.of(bad[0]), ModelConfig.class), reesim.config.ConfigException.class);
            assertThat(e).as(bad[0]).isNotNull();
            assertThat(e.problems()).as(bad[0]).anySatisfy(p -> {
                assertThat(p.path()).startsWith("policy.exportQuotaFirstBatch.");
                assertThat(p.expected()).contains(bad[1]);
            });
        }
    }

    private static double licences(ReeModel m) {
        return m.traders().stream().mapToDouble(ExportTrader::licence).sum()
                + m.smelters().stream().mapToDouble(Smelter::getExportLicence).sum();
    }

    @Test
    void tariffsPerElementWithTheScenarioShift() {
        ReeModel m = TestModels.started(1, "scenario.exportTariffAdd=0.1");
        m.policy().decide(m, 2011);
        int nd = m.config().elements.indexOf("Nd"), ce = m.config().elements.indexOf("Ce"), dy = m.config().elements.indexOf("Dy");
        assertThat(m.policy().exportTariff(nd)).isCloseTo(0.35, within(1e-9));
        assertThat(m.policy().exportTariff(ce)).isCloseTo(0.20, within(1e-9));
        assertThat(m.policy().exportTariff(dy)).isCloseTo(0.35, within(1e-9));
        m.policy().decide(m, 2016);
        assertThat(m.policy().exportTariff(nd)).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void detectionOddsRiseWithEffortAndVisibilityAndFallWithProtection() {
        ReeModel m = TestModels.started(1);
        m.policy().decide(m, 2011);
        Regulator r = m.policy();
        assertThat(r.detectionProbability(0.9, 1, 0)).isGreaterThan(r.detectionProbability(0.15, 1, 0));
        assertThat(r.detectionProbability(0.15, 1, 0.5)).isLessThan(r.detectionProbability(0.15, 1, 0));
        assertThat(r.detectionProbability(0.9, 0, 0)).isZero();
        ReeModel strict = TestModels.started(1, "scenario.enforcementScale=4");
        strict.policy().decide(strict, 2011);
        assertThat(strict.policy().detectionProbability(0.5, 1, 0)).isGreaterThan(r.detectionProbability(0.5, 1, 0));
        assertThat(strict.policy().customsSeizureProbability()).isGreaterThan(r.customsSeizureProbability());
    }

    @Test
    void adaptiveRuleSetsTheQuotaFromObservedConsumptionWithinTheAllowedChange() {
        ReeModel m = TestModels.started(1, "policy.adaptive.enabled=true", "policy.adaptive.fromYear=2030");
        m.policy().decide(m, 2029);
        double before = m.policy().miningQuota();
        m.policy().observeYear(2029, 1e9, 0);
        m.policy().decide(m, 2030);
        assertThat(m.policy().miningQuota()).isCloseTo(before * 1.15, within(1e-6));
        m.policy().observeYear(2030, 1000, 0);
        m.policy().decide(m, 2031);
        assertThat(m.policy().miningQuota()).isCloseTo(before * 1.15 * 0.85, within(1e-6));
    }

    @Test
    void withAnInformationLagTheQuotaFollowsTheStatisticsOfThatManyYearsBack() {
        ReeModel m = TestModels.started(1, "policy.adaptive.enabled=true", "policy.adaptive.fromYear=2030", "policy.adaptive.lagYears=2",
                "policy.adaptive.maxChange=10", "policy.adaptive.headroom=0.1", "policy.adaptive.illegalOffsetShare=0.5");
        m.policy().decide(m, 2029);
        m.policy().observeYear(2028, 100_000, 10_000);
        m.policy().observeYear(2029, 50_000, 0);
        m.policy().decide(m, 2030);
        // 2030's quota from 2028's figures: 100,000 x 1.1 - 0.5 x 10,000; 2029's (just counted) not yet published
        assertThat(m.policy().miningQuota()).isCloseTo(105_000, within(1e-6));
        m.policy().decide(m, 2031);
        assertThat(m.policy().miningQuota()).isCloseTo(55_000, within(1e-6));
        // no statistics for 2030 yet: 2032 falls back on the schedule
        ReeModel scheduled = TestModels.started(1);
        scheduled.policy().decide(scheduled, 2032);
        m.policy().decide(m, 2032);
        assertThat(m.policy().miningQuota()).isCloseTo(scheduled.policy().miningQuota(), within(1e-6));
    }

    @Test
    void anElementQuotaIsAllottedToThePlantsByCapacityFromItsFirstYear() {
        ReeModel m = TestModels.started(1, "policy.elementQuota={La: {2030: 12000, 2035: 6000}}");
        int la = m.config().elements.indexOf("La"), nd = m.config().elements.indexOf("Nd");
        m.policy().decide(m, 2029);
        assertThat(m.policy().elementQuota(la)).isInfinite();
        for (reesim.agents.Smelter s : m.population().smelters) assertThat(s.getAllotment()).isFinite();
        m.policy().decide(m, 2030);
        assertThat(m.policy().elementQuota(la)).isEqualTo(12000);
        assertThat(m.policy().elementQuota(nd)).isInfinite();
        double capacity = m.population().smelters.stream().mapToDouble(reesim.agents.Smelter::capacity).sum();
        reesim.agents.Smelter first = m.population().smelters.get(0);
        // the plant's share of the La quota is its share of capacity; other elements have none
        m.policy().decide(m, 2036);
        assertThat(m.policy().elementQuota(la)).isEqualTo(6000);
        assertThat(first.elementAllotment(la)).isCloseTo(6000 * first.capacity() / capacity, within(1e-6));
        assertThat(first.elementAllotment(nd)).isInfinite();
    }

    @Test
    void aCollectionMandateCoversOnlyItsFamiliesWhenTheyAreNamed() {
        ReeModel all = TestModels.started(1, "recycling.collectionMandate={2025: 0.4}");
        all.policy().decide(all, 2026);
        assertThat(all.policy().collectionMandate("mobile_phone")).isEqualTo(0.4);
        assertThat(all.policy().collectionMandate("smco_magnets")).isEqualTo(0.4);
        ReeModel sm = TestModels.started(1, "recycling.collectionMandate={2025: 0.4}", "recycling.mandateFamilies=[smco_magnets]");
        sm.policy().decide(sm, 2026);
        assertThat(sm.policy().collectionMandate("smco_magnets")).isEqualTo(0.4);
        assertThat(sm.policy().collectionMandate("mobile_phone")).isZero();
        sm.policy().decide(sm, 2024);
        assertThat(sm.policy().collectionMandate("smco_magnets")).as("before the mandate's first year").isZero();
    }

    @Test
    void consolidatedGroupsPassTheirQuotaToTheirCheapestMinesFirst() {
        ReeModel m = TestModels.run(1, 2010, "policy.consolidation.fromYear=2011", "policy.consolidation.groups=3");
        m.policy().decide(m, 2010);
        java.util.List<reesim.agents.Mine> mines = m.population().mines;
        double[] independent = mines.stream().mapToDouble(reesim.agents.Mine::getAllotment).toArray();
        for (reesim.agents.Mine mine : mines) assertThat(mine.unregisteredControl()).isZero();
        m.policy().decide(m, 2011);
        double groupsQuota = mines.stream().mapToDouble(reesim.agents.Mine::getAllotment).sum();
        ReeModel free = TestModels.run(1, 2010);
        free.policy().decide(free, 2011);
        assertThat(groupsQuota).as("the quota is the same, only passed on differently")
                .isCloseTo(free.population().mines.stream().mapToDouble(reesim.agents.Mine::getAllotment).sum(), within(1e-6));
        for (int g = 0; g < 3; g++) {
            java.util.List<reesim.agents.Mine> members = new java.util.ArrayList<>();
            for (int i = g; i < mines.size(); i += 3) members.add(mines.get(i));
            for (reesim.agents.Mine a : members) {
                assertThat(a.unregisteredControl()).isEqualTo(0.8);
                for (reesim.agents.Mine b : members) {
                    boolean sameClass = a.depositConfig().taxClass.equals(b.depositConfig().taxClass);
                    // within a group and tax class, a dearer mine gets quota only once every cheaper one is at capacity
                    if (sameClass && a.getUnitCost() < b.getUnitCost() && b.getAllotment() > 1e-9)
                        assertThat(a.getAllotment()).as("cheaper member at capacity (or beyond, when the group's quota exceeds its capacity)")
                                .isGreaterThanOrEqualTo(a.getCapacity() - 1e-6);
                }
            }
        }
        assertThat(independent).isNotEqualTo(mines.stream().mapToDouble(reesim.agents.Mine::getAllotment).toArray());
    }
}
