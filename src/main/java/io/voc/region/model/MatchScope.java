package io.voc.region.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where in a text a detector's matches can be: only inside a maximal run of the characters its matches are made
 * of, and only in a run holding at least so many ASCII digits (and a required character, when there is one). A
 * phone number is digits, spaces and {@code +().-}, so the letters of every word end a run; most runs are a
 * space or a year. Running the detector's pattern on these runs alone (the regions of its matcher, with
 * transparent bounds so look-arounds still see the neighbours) finds exactly what a search of the whole text
 * finds, because no match can cross a character that no match is made of. It is the bridge's hot path: a
 * regular expression tried at every position of every text cost more than all the rest of a record's work.
 */
public final class MatchScope {
    /** The whole text is one run: for patterns whose characters are not known (a region's own regexes). */
    public static final MatchScope ANYWHERE = new MatchScope(null, 0, (char) 0);
    public static final String DIGITS = "0123456789";
    public static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final boolean[] matchChars;
    private final int fewestDigits;
    private final char required;

    private MatchScope(boolean[] matchChars, int fewestDigits, char required) {
        this.matchChars = matchChars;
        this.fewestDigits = fewestDigits;
        this.required = required;
    }

    /**
     * @param chars        every character a match can hold (ASCII only: a detector of other scripts is
     *                     {@link #ANYWHERE})
     * @param fewestDigits the fewest digits a match the detector keeps has (fewer: it turns the match down)
     */
    public static MatchScope of(String chars, int fewestDigits) {
        return of(chars, fewestDigits, (char) 0);
    }

    /** As {@link #of(String, int)}, and every match holds {@code required} (an e-mail address, '@'). */
    public static MatchScope of(String chars, int fewestDigits, char required) {
        if (chars == null || chars.isEmpty()) {
            throw new IllegalArgumentException("a match scope names the characters a match can hold");
        }
        if (fewestDigits < 0) {
            throw new IllegalArgumentException("a match holds no fewer than 0 digits (got " + fewestDigits + ")");
        }
        boolean[] table = new boolean[128];
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c >= 128) {
                throw new IllegalArgumentException("a match scope is ASCII; '" + c + "' is not");
            }
            table[c] = true;
        }
        if (required != 0 && (required >= 128 || !table[required])) {
            throw new IllegalArgumentException("the required character '" + required + "' is not among the "
                    + "characters a match can hold");
        }
        return new MatchScope(table, fewestDigits, required);
    }

    /** Whether a text with this many ASCII digits can hold a match at all. */
    public boolean mayHold(String text, int digits) {
        return digits >= fewestDigits && (required == 0 || text.indexOf(required) >= 0);
    }

    /** The ASCII digits in a text. */
    public static int digitsIn(String text) {
        return digitsIn(text, 0, text.length());
    }

    /** The runs of the text to search, as start (inclusive) and end (exclusive) pairs, in order. */
    public List<int[]> runs(String text) {
        if (matchChars == null) {
            return List.of(new int[] {0, text.length()});
        }
        if (required != 0) {
            return runsAround(text);
        }
        List<int[]> runs = new ArrayList<>(2);
        int i = 0;
        while (i < text.length()) {
            if (!isMatchChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            if (digitsIn(text, i, end) >= fewestDigits) {
                runs.add(new int[] {i, end});
            }
            i = end;
        }
        return runs;
    }

    /** The runs holding the required character, found from each of its occurrences (most texts have none). */
    private List<int[]> runsAround(String text) {
        List<int[]> runs = new ArrayList<>(1);
        int at = text.indexOf(required);
        while (at >= 0) {
            int start = at;
            while (start > 0 && isMatchChar(text.charAt(start - 1))) {
                start--;
            }
            int end = runEnd(text, at);
            if (digitsIn(text, start, end) >= fewestDigits) {
                runs.add(new int[] {start, end});
            }
            at = text.indexOf(required, end);
        }
        return runs;
    }

    private int runEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isMatchChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int digitsIn(String text, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            if ((char) (text.charAt(i) - '0') <= 9) {
                digits++;
            }
        }
        return digits;
    }

    private boolean isMatchChar(char c) {
        return c < 128 && matchChars[c];
    }
}
