package io.voc.region.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13 to 19 digits, written together or in groups split by single spaces or dashes
 * ({@code 4111 1111 1111 1111}, {@code 4111-1111-1111-1111}), and only when the Luhn check passes - so an
 * order number or a timestamp of that length stays readable. A run of digit groups is searched for the longest
 * stretch of whole groups that is a card, so "4111 1111 1111 1111 5 stars" keeps its rating.
 *
 * <p>Digits right after a {@code +} and a country code belong to an international phone number, never to a
 * card, and digits after a decimal point belong to a number.
 */
public final class CardNumberDetector implements PiiDetector {
    public static final String TYPE = "CARD";
    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;
    private static final Pattern DIGIT_GROUPS = Pattern.compile(
            "(?<![0-9+.)])(?<!\\+[0-9]{1,3}[ .-])[0-9]++(?:[ -][0-9]++)*+");
    private static final Pattern GROUP = Pattern.compile("[0-9]++");
    /** A card is digits, single spaces and dashes, 13 at least of them digits. */
    private static final MatchScope SCOPE = MatchScope.of(MatchScope.DIGITS + " -", MIN_DIGITS);

    private final MatchScope scope;

    public CardNumberDetector() {
        this(SCOPE);
    }

    /** With another scope: {@link MatchScope#ANYWHERE} is what the real scope must never change the findings of. */
    CardNumberDetector(MatchScope scope) {
        this.scope = scope;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean mayFind(String text, int digits) {
        return scope.mayHold(text, digits);
    }

    @Override
    public Scrubbed scrub(String text) {
        Matcher run = DIGIT_GROUPS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder out = null;
        int copied = 0;
        int found = 0;
        for (int[] within : scope.runs(text)) {
            run.region(within[0], within[1]);
            while (run.find()) {
                List<int[]> groups = groups(text, run.start(), run.end());
                int i = 0;
                while (i < groups.size()) {
                    int last = longestCardFrom(text, groups, i);
                    if (last < 0) {
                        i++;
                        continue;
                    }
                    if (out == null) {
                        out = new StringBuilder(text.length());
                    }
                    out.append(text, copied, groups.get(i)[0]).append(placeholder());
                    copied = groups.get(last)[1];
                    found++;
                    i = last + 1;
                }
            }
        }
        if (found == 0) {
            return new Scrubbed(text, 0);
        }
        return new Scrubbed(out.append(text, copied, text.length()).toString(), found);
    }

    /** The index of the last group of the longest card starting at group {@code first}; -1 when none. */
    private static int longestCardFrom(String text, List<int[]> groups, int first) {
        int best = -1;
        StringBuilder digits = new StringBuilder(MAX_DIGITS);
        for (int j = first; j < groups.size(); j++) {
            digits.append(text, groups.get(j)[0], groups.get(j)[1]);
            if (digits.length() > MAX_DIGITS) {
                break;
            }
            if (digits.length() >= MIN_DIGITS && Luhn.passes(digits)) {
                best = j;
            }
        }
        return best;
    }

    private static List<int[]> groups(String text, int start, int end) {
        List<int[]> groups = new ArrayList<>();
        Matcher group = GROUP.matcher(text).region(start, end);
        while (group.find()) {
            groups.add(new int[] {group.start(), group.end()});
        }
        return groups;
    }
}
