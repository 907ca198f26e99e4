package reesim.history;

import reesim.data.MarketHistory;

import java.util.List;

/**
 * One row of the market's record (or a quantity derived from a pair of rows) set against the model: the record in
 * the model's unit, and the model quantity as {@code scale * (sum of numerator terms / sum of denominator terms) + offset}
 * (no denominator: the numerator alone), all terms of one calendar year.
 *
 * @param rows       the market_history.csv rows it comes from (one, or two or more for a derived quantity)
 * @param kind       how the error is expressed: PRICE (factor sim/record and |ln ratio|), QUANTITY and RATIO (relative
 *                   error), POINTS (difference in points of a share or a percentage)
 * @param recordText the record as given (value and unit), or how it was derived
 * @param record     the record in {@code unit}
 * @param model      what the model quantity is, in words (metric names)
 * @param chart      the run report chart and line the record can be drawn on (null: none); {@code chartElement} its element
 */
public record Comparison(String group, List<MarketHistory.Row> rows, String quantity, String element, String period, int year,
                         Kind kind, String recordText, double record, String unit, String model, List<Term> numerator,
                         List<Term> denominator, double scale, double offset, Tolerance tolerance, List<String> notes,
                         String chart, String series, String chartElement) {
    public enum Kind { PRICE, QUANTITY, RATIO, POINTS }

    /** {@code weight} times the sum of the annual.csv metrics {@code metrics} of {@code element} ("REO" for the total) in {@code year}. */
    public record Term(double weight, String element, int year, List<String> metrics) {
        public Term { metrics = List.copyOf(metrics); }
    }

    public Comparison {
        rows = List.copyOf(rows);
        numerator = List.copyOf(numerator);
        denominator = List.copyOf(denominator);
        notes = List.copyOf(notes);
    }

    /** The model quantity from the terms' values (in the order of {@code numerator}, then {@code denominator}). */
    public double value(double[] numeratorValues, double[] denominatorValues) {
        double n = 0;
        for (int i = 0; i < numerator.size(); i++) n += numerator.get(i).weight() * numeratorValues[i];
        if (denominator.isEmpty()) return scale * n + offset;
        double d = 0;
        for (int i = 0; i < denominator.size(); i++) d += denominator.get(i).weight() * denominatorValues[i];
        return d == 0 ? Double.NaN : scale * n / d + offset;
    }

    /** The error of a simulated value: factor sim/record (PRICE), relative error (QUANTITY, RATIO), difference (POINTS). */
    public double error(double simulated) {
        return switch (kind) {
            case PRICE -> simulated / record;
            case QUANTITY, RATIO -> record == 0 ? Double.NaN : simulated / record - 1;
            case POINTS -> simulated - record;
        };
    }

    /** The first row's line in market_history.csv, or the lines of a derived quantity joined by '+'. */
    public String lines() {
        return String.join("+", rows.stream().map(r -> Integer.toString(r.line())).toList());
    }

    public boolean derived() { return rows.size() != 1; }
}
