package reesim.config;

/** Bad command-line input that is not a config problem (e.g. an output folder that exists). Exit code 2. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) { super(message); }
}
