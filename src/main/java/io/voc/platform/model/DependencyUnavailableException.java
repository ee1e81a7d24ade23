package io.voc.platform.model;

/**
 * A server the platform depends on could not do the work now. Nothing was half-done: the caller
 * may retry. {@link #code()} names the capability for API clients, e.g. "search_unavailable".
 */
public abstract class DependencyUnavailableException extends RuntimeException {
    private final String code;

    protected DependencyUnavailableException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** What a user may be told: no host names or stack traces. */
    public abstract String userMessage();
}
