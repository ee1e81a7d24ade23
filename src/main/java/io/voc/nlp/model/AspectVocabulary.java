package io.voc.nlp.model;

import java.util.List;
import java.util.Set;

/**
 * What counts as an aspect: known aspect phrases with their canonical term ("log in", "sign-in" ->
 * "login"; "adverts" -> "ads"), and nouns too generic to be one ("thing", "lot", "star").
 */
public record AspectVocabulary(PhraseLexicon<String> synonyms, Set<String> ignored) {

    /** The canonical term for a noun phrase given as lemmas. */
    public String canonical(List<Token> phrase) {
        List<PhraseLexicon.Match<String>> m = synonyms.matches(phrase);
        if (m.size() == 1 && m.get(0).start() == 0 && m.get(0).end() == phrase.size()) {
            return m.get(0).value();
        }
        return String.join(" ", phrase.stream().map(Token::lemma).toList());
    }
}
