package io.voc.platform;

/** One-line descriptions of why a dependency is unreachable, for health reports. */
public final class Failures {
    private Failures() {
    }

    public static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
