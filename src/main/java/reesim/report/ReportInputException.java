package reesim.report;

/** A results or sweep folder the report cannot be built from: missing file, missing column, unreadable value. */
public class ReportInputException extends RuntimeException {
    public ReportInputException(String message) { super(message); }
}
