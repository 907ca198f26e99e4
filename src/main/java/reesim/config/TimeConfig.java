package reesim.config;

import java.io.Serializable;

public class TimeConfig implements Serializable, Validatable {
    public int startYear;
    public int endYear;

    public int ticks() { return (endYear - startYear + 1) * 12; }

    @Override
    public void validate(String path, Problems p) {
        p.range(path + ".startYear", startYear, 1950, 2200, "year");
        p.range(path + ".endYear", endYear, 1950, 2200, "year");
        if (endYear < startYear) p.add(path + ".endYear", endYear, "a year >= time.startYear (" + startYear + ")");
    }
}
