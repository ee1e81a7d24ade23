package io.voc.nlp.model;

import java.util.Locale;

/**
 * One word of a text as the analysers see it: the word as written, lower-cased, its lemma (lower
 * case; the word itself where no lemmatiser runs) and its part of speech (Penn tags; null when unknown).
 */
public record Token(String word, String norm, String lemma, String pos, int begin, int end) {

    public static Token of(String word, String lemma, String pos, int begin, int end) {
        String norm = word.toLowerCase(Locale.ROOT);
        return new Token(word, norm, lemma == null ? norm : lemma.toLowerCase(Locale.ROOT), pos, begin, end);
    }

    /** True when the lexicon key (a lemma or a written form) names this token. */
    public boolean matches(String key) {
        return key.equals(lemma) || key.equals(norm);
    }

    public boolean isNoun() {
        return pos != null && pos.startsWith("NN");
    }

    public boolean isAdjective() {
        return pos != null && pos.startsWith("JJ");
    }
}
