package reesim.cli;

import reesim.calibration.Calibrator;
import reesim.calibration.Contrast;
import reesim.calibration.FreeParameter;
import reesim.calibration.Numbers;
import reesim.calibration.ParameterSet;
import reesim.calibration.Target;

import java.io.PrintStream;
import java.util.List;

/** The summary {@code calibrate} prints at the end: objective, parameters and targets before and after. */
final class CalibrationReport {
    private CalibrationReport() {}

    static void print(Calibrator.Result r, ParameterSet params, List<Target> fit, List<Contrast> contrasts, PrintStream out) {
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
}
