package reesim.cli;

import reesim.calibration.Calibrator;
import reesim.calibration.Contrast;
import reesim.calibration.FreeParameter;
import reesim.calibration.Numbers;
import reesim.calibration.Objective;
import reesim.calibration.ParameterSet;
import reesim.calibration.Target;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The summary {@code calibrate} prints at the end: objective, parameters and targets before and after. */
final class CalibrationReport {
    private CalibrationReport() {}

    /** How many of J's largest terms the summary lists. */
    static final int LARGEST_TERMS = 12;

    static void print(Calibrator.Result r, ParameterSet params, List<Target> fit, List<Contrast> contrasts, Objective.Loss loss, PrintStream out) {
        out.printf("%nobjective J: prior %.4f -> best %.4f (evaluation %d of %d)%s%n%n", r.prior().objective(), r.best().objective(),
                r.best().index(), r.evaluations(), r.priorFeasible() ? "" : "; the prior lies outside the bounds and cannot be the best");
        out.printf("%-32s %12s %12s %12s %12s%n", "parameter", "lower", "upper", "prior", "fitted");
        for (int i = 0; i < params.size(); i++) {
            FreeParameter f = params.all().get(i);
            out.printf("%-32s %12s %12s %12s %12s%n", f.name(), Numbers.format(f.lower(), f.integer()), Numbers.format(f.upper(), f.integer()),
                    Numbers.format(r.prior().params()[i], f.integer()), Numbers.format(r.best().params()[i], f.integer()));
        }
        out.printf("%n%-44s %12s %12s %9s %12s %9s %6s%n", "target", "value", "prior mean", "rel.err", "fitted mean", "rel.err", "tol");
        for (int i = 0; i < fit.size(); i++) {
            Target t = fit.get(i);
            double a = r.prior().means()[i], b = r.best().means()[i];
            out.printf("%-44s %12.5g %12.5g %+8.1f%% %12.5g %+8.1f%% %5.0f%%%n", t.id(), t.value(), a, 100 * t.relativeError(a),
                    b, 100 * t.relativeError(b), 100 * t.tolerance());
        }
        printLargestTerms(r, fit, contrasts, loss, out);
        if (contrasts.isEmpty()) return;
        double conf = contrasts.get(0).confidence();
        if (conf > 0) out.printf("%neffects below: one-sided %.0f %% lower confidence bounds over the fit's seeds (paired by seed)", 100 * conf);
        out.printf("%n%-44s %-40s %9s %9s %8s%n", "stylised fact (contrast)", "scenario", "prior", "fitted", "needed");
        for (int i = 0; i < contrasts.size(); i++) {
            Contrast c = contrasts.get(i);
            out.printf("%-44s %-40s %+8.1f%% %+8.1f%% %+7.1f%%%n", c.id() + " (" + c.directionWord() + ")", String.join(" ", c.sets()),
                    100 * r.prior().effects()[i], 100 * r.best().effects()[i], 100 * c.minEffect());
        }
    }

    /** One term of J: a target's weight x loss, or a contrast's penalty, at the prior and at the fitted point. */
    record Term(String name, double prior, double fitted) {}

    /** The terms of J, largest at the fitted point first. */
    static List<Term> terms(Calibrator.Result r, List<Target> fit, List<Contrast> contrasts, Objective.Loss loss) {
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < fit.size(); i++)
            terms.add(new Term(fit.get(i).id(), Objective.term(fit.get(i), r.prior().means()[i], loss), Objective.term(fit.get(i), r.best().means()[i], loss)));
        for (int i = 0; i < contrasts.size(); i++) {
            Contrast c = contrasts.get(i);
            terms.add(new Term("contrast " + c.id(), c.penalty(r.prior().effects()[i]), c.penalty(r.best().effects()[i])));
        }
        terms.sort(Comparator.comparingDouble((Term t) -> -t.fitted()).thenComparing(Term::name));
        return terms;
    }

    private static void printLargestTerms(Calibrator.Result r, List<Target> fit, List<Contrast> contrasts, Objective.Loss loss, PrintStream out) {
        List<Term> terms = terms(r, fit, contrasts, loss);
        double j = r.best().objective();
        out.printf("%nJ's %d largest terms at the fitted point (a target's weight x its %s loss, a contrast's penalty):%n", Math.min(LARGEST_TERMS, terms.size()), loss.key());
        out.printf("%-60s %10s %10s %8s%n", "term", "prior", "fitted", "of J");
        for (Term t : terms.subList(0, Math.min(LARGEST_TERMS, terms.size()))) {
            out.printf("%-60s %10.4f %10.4f %7.1f%%%n", t.name(), t.prior(), t.fitted(), j > 0 ? 100 * t.fitted() / j : 0);
        }
    }
}
