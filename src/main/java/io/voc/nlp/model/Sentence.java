package io.voc.nlp.model;

import java.util.List;

/** A sentence of a text with its tokens; begin/end are character offsets into the text. */
public record Sentence(String text, int begin, int end, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
