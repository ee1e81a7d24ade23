package io.voc.region.model;

/**
 * Finds one type of personal data in free text and replaces each occurrence with {@code [TYPE]}, so feedback
 * keeps its meaning ("call me on [PHONE]") while the data itself never leaves its region.
 */
public interface PiiDetector {

    /** The type name: in the placeholder ({@code [EMAIL]}) and as the kind the replacements are counted under. */
    String type();

    /** The text with every occurrence replaced, and how many were. */
    Scrubbed scrub(String text);

    /**
     * Whether the text could hold what this detector finds, from a look that costs less than a search: a text
     * with fewer digits than a phone number has none. {@code digits}: the ASCII digits in the text.
     */
    default boolean mayFind(String text, int digits) {
        return true;
    }

    default String placeholder() {
        return "[" + type() + "]";
    }

    /** A text after scrubbing and the number of replacements made in it. */
    record Scrubbed(String text, int found) {
    }
}
