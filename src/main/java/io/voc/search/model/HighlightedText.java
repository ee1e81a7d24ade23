package io.voc.search.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A feedback text cut into pieces, the ones that match the searched words marked. Pages show each piece as
 * text (escaped like any other), so highlighting can never turn a user's words into markup.
 */
public record HighlightedText(List<Piece> pieces) {
    /**
     * What the store puts around a match: private-use characters, which no keyboard types. A text that does
     * contain them is still shown in full, only marked oddly.
     */
    public static final String MATCH_START = "\uE000";
    public static final String MATCH_END = "\uE001";

    public record Piece(String text, boolean match) {
    }

    public HighlightedText {
        pieces = List.copyOf(pieces);
    }

    /** Reads a text with matches between {@link #MATCH_START} and {@link #MATCH_END}. */
    public static HighlightedText parse(String marked) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(MATCH_START, at);
            int end = start < 0 ? -1 : marked.indexOf(MATCH_END, start);
            if (start < 0 || end < 0) {
                pieces.add(new Piece(marked.substring(at).replace(MATCH_START, ""), false));
                break;
            }
            if (start > at) {
                pieces.add(new Piece(marked.substring(at, start), false));
            }
            pieces.add(new Piece(marked.substring(start + 1, end), true));
            at = end + 1;
        }
        return new HighlightedText(pieces);
    }
}
