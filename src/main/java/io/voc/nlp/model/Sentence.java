package io.voc.nlp.model;

import java.util.List;

/**
 * A sentence of a text with its tokens; begin/end are character offsets into the text.
 *
 * @param tokens   what the lexicons match on
 * @param keywords what keyphrases are drawn from: the tokens themselves, except where a language matches
 *                 on finer units than words (Chinese matches per character, its keyphrases are words)
 */
public record Sentence(String text, int begin, int end, List<Token> tokens, List<Token> keywords) {
    public Sentence {
        tokens = List.copyOf(tokens);
        keywords = keywords == null ? tokens : List.copyOf(keywords);
    }

    public Sentence(String text, int begin, int end, List<Token> tokens) {
        this(text, begin, end, tokens, null);
    }
}
