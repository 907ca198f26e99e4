package reesim.data;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** market_history.csv: the parser, values and ranges, units, exchange rates and periods. */
class MarketHistoryTest {
    static final String SMALL = """
            table,quantity,element,scope,period,value,unit,source,note
            prices,price_domestic_exworks,Nd oxide,"China, Baotou",2005-07-25..29,60000,RMB/t,"Asian Metal, 2005",note
            prices,price_domestic_exworks,La oxide 99%,China,2005-07-25..29,12300-13000,RMB/t,src,
            production,lynas_production,REO total,Lynas,FY2014 (Jul13-Jun14),3965,t REO,src,
            """;

    @Test
    void parsesRowsWithLinesRangesAndQuotedFields() {
        List<MarketHistory.Row> rows = MarketHistory.parse(new StringReader(SMALL)).rows();
        assertThat(rows).hasSize(3);
        MarketHistory.Row nd = rows.get(0);
        assertThat(nd.line()).isEqualTo(2);
        assertThat(nd.scope()).isEqualTo("China, Baotou");
        assertThat(nd.source()).isEqualTo("Asian Metal, 2005");
        assertThat(nd.value()).isEqualTo(60000);
        assertThat(nd.unitKind()).isEqualTo(MarketHistory.Unit.RMB_PER_T);
        assertThat(rows.get(1).value()).isEqualTo(12650);
        assertThat(rows.get(1).asGiven()).isEqualTo("12300-13000 RMB/t");
        assertThat(rows.get(2).line()).isEqualTo(4);
        assertThat(rows.get(2).parsedPeriod().kind()).isEqualTo(HistoryPeriod.Kind.FISCAL);
    }

    @Test
    void thePackagedTableLoadsFromTheClasspathAndEveryPeriodIsRead() {
        List<MarketHistory.Row> rows = MarketHistory.load().rows();
        assertThat(rows).hasSize(244);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).quantity()).isEqualTo("export_quota_domestic");
        assertThat(rows).allSatisfy(r -> assertThat(r.parsedPeriod().kind()).as(r.period()).isNotEqualTo(HistoryPeriod.Kind.UNPARSED));
        assertThat(rows).allSatisfy(r -> assertThat(r.source()).isNotBlank());
        // the out-of-sample years: no prices or customs exports of 2010-2013 in the record
        assertThat(rows).noneSatisfy(r -> {
            int y = r.parsedPeriod().firstYear();
            assertThat(y >= 2010 && y <= 2013 && (r.table().equals("prices") || r.quantity().startsWith("exports_customs"))).isTrue();
        });
    }

    @Test
    void valuesAndRanges() {
        assertThat(MarketHistory.parseValue("60000")).hasValue(60000);
        assertThat(MarketHistory.parseValue("293000-300000")).hasValue(296500);
        assertThat(MarketHistory.parseValue("4-5")).hasValue(4.5);
        assertThat(MarketHistory.parseValue("3.44")).hasValue(3.44);
        assertThat(MarketHistory.parseValue("n/a")).isEmpty();
    }

    @Test
    void unitsAndConversionToUsdPerKg() {
        assertThat(MarketHistory.unitOf("RMB/t (approx., peak)")).isEqualTo(MarketHistory.Unit.RMB_PER_T);
        assertThat(MarketHistory.unitOf("CNY/t")).isEqualTo(MarketHistory.Unit.RMB_PER_T);
        assertThat(MarketHistory.unitOf("RMB/kg")).isEqualTo(MarketHistory.Unit.RMB_PER_KG);
        assertThat(MarketHistory.unitOf("USD/t")).isEqualTo(MarketHistory.Unit.USD_PER_T);
        assertThat(MarketHistory.unitOf("t REO (approx.)")).isEqualTo(MarketHistory.Unit.TONNES);
        assertThat(MarketHistory.unitOf("t gross weight")).isEqualTo(MarketHistory.Unit.TONNES_GROSS);
        assertThat(MarketHistory.unitOf("% higher")).isEqualTo(MarketHistory.Unit.PERCENT);
        // 60,000 RMB/t in 2005 at 8.09 RMB/USD: 7.417 USD/kg (the source itself prints USD 7,417/t)
        assertThat(MarketHistory.toUsdPerKg(60000, MarketHistory.Unit.RMB_PER_T, ExchangeRates.rmbPerUsd(2005).rmbPerUsd())).isCloseTo(7.4166, within(1e-3));
        assertThat(MarketHistory.toUsdPerKg(2900, MarketHistory.Unit.RMB_PER_KG, 6.14)).isCloseTo(472.31, within(1e-2));
        assertThat(MarketHistory.toUsdPerKg(67500, MarketHistory.Unit.USD_PER_T, Double.NaN)).isEqualTo(67.5);
    }

    @Test
    void exchangeRatesAsGivenInterpolatedOrHeld() {
        assertThat(ExchangeRates.rmbPerUsd(2005).rmbPerUsd()).isEqualTo(8.09);
        assertThat(ExchangeRates.rmbPerUsd(2014).rmbPerUsd()).isEqualTo(6.14);
        assertThat(ExchangeRates.rmbPerUsd(2015).rmbPerUsd()).isEqualTo(6.12);
        assertThat(ExchangeRates.rmbPerUsd(2020).rmbPerUsd()).isEqualTo(6.95);
        ExchangeRates.Rate r2009 = ExchangeRates.rmbPerUsd(2009);
        assertThat(r2009.rmbPerUsd()).isCloseTo(8.09 + 0.5 * (6.14 - 8.09), within(1e-9));
        assertThat(r2009.note()).contains("interpolated");
        assertThat(ExchangeRates.rmbPerUsd(2003).rmbPerUsd()).isEqualTo(8.09);
        assertThat(ExchangeRates.rmbPerUsd(2003).note()).contains("held from 2005");
        assertThat(ExchangeRates.rmbPerUsd(2021).note()).contains("held from 2020");
    }

    @Test
    void periods() {
        check("2005", HistoryPeriod.Kind.YEAR, 2005, 2005);
        check("c.2020", HistoryPeriod.Kind.YEAR, 2020, 2020);
        check("2005-07-25..29", HistoryPeriod.Kind.DATED, 2005, 2005);
        check("2014-08 (mid)", HistoryPeriod.Kind.DATED, 2014, 2014);
        check("2014-08-05 (approx.)", HistoryPeriod.Kind.DATED, 2014, 2014);
        check("2009-08-early", HistoryPeriod.Kind.DATED, 2009, 2009);
        check("2006-early", HistoryPeriod.Kind.DATED, 2006, 2006);
        check("2012-mid", HistoryPeriod.Kind.DATED, 2012, 2012);
        check("2014-12", HistoryPeriod.Kind.DATED, 2014, 2014);
        check("2009-H1", HistoryPeriod.Kind.PART, 2009, 2009);
        check("2017-H2 (Jul-Dec)", HistoryPeriod.Kind.PART, 2017, 2017);
        check("2013-Q3", HistoryPeriod.Kind.PART, 2013, 2013);
        check("2012-batch1b", HistoryPeriod.Kind.PART, 2012, 2012);
        check("2015-Jan-Sep", HistoryPeriod.Kind.PART, 2015, 2015);
        check("FY2014 (Jul13-Jun14)", HistoryPeriod.Kind.FISCAL, 2013, 2014);
        check("FY2016", HistoryPeriod.Kind.FISCAL, 2015, 2016);
        check("2017-05..2021-10", HistoryPeriod.Kind.SPAN, 2017, 2021);
        check("sometime", HistoryPeriod.Kind.UNPARSED, -1, -1);
    }

    @Test
    void monthsOfAPeriod() {
        months("2005", 1, 12);
        months("2005-07-25..29", 7, 7);
        months("2014-08 (mid)", 8, 8);
        months("2009-08-early", 8, 8);
        months("2014-12", 12, 12);
        months("2009-H1", 1, 6);
        months("2017-H2 (Jul-Dec)", 7, 12);
        months("2013-Q3", 7, 9);
        months("2015-Jan-Sep", 1, 9);
        assertThat(HistoryPeriod.parse("2006-early").months()).as("early: an assumption").contains(new HistoryPeriod.Months(1, 3, true));
        assertThat(HistoryPeriod.parse("2012-mid").months()).contains(new HistoryPeriod.Months(6, 7, true));
        assertThat(HistoryPeriod.parse("2009-08-early").months()).as("a month given: no assumption").contains(new HistoryPeriod.Months(8, 8, false));
        assertThat(HistoryPeriod.parse("2012-batch1b").months()).as("a quota batch is an allocation, not months").isEmpty();
        assertThat(HistoryPeriod.parse("FY2016").months()).isEmpty();
        assertThat(HistoryPeriod.parse("2017-05..2021-10").months()).isEmpty();
        assertThat(HistoryPeriod.parse("2015-Sep-Jan").months()).as("a run of months backwards").isEmpty();
        assertThat(HistoryPeriod.parse("2015-Jan-Sep").months().orElseThrow()).hasToString("January-September");
    }

    private static void months(String text, int from, int to) {
        assertThat(HistoryPeriod.parse(text).months()).as(text).contains(new HistoryPeriod.Months(from, to));
    }

    private static void check(String text, HistoryPeriod.Kind kind, int first, int last) {
        HistoryPeriod p = HistoryPeriod.parse(text);
        assertThat(p.kind()).as(text).isEqualTo(kind);
        assertThat(p.firstYear()).as(text).isEqualTo(first);
        assertThat(p.lastYear()).as(text).isEqualTo(last);
    }
}
