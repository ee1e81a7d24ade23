package io.voc.nlp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseLexiconTest {

    /** Tokens from "word/lemma" pairs (a bare word is its own lemma). */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String part : text.split(" ")) {
            String[] wordLemma = part.split("/");
            String word = wordLemma[0];
            tokens.add(Token.of(word, wordLemma.length > 1 ? wordLemma[1] : null, null, offset, offset + word.length()));
            offset += word.length() + 1;
        }
        return tokens;
    }

    private static PhraseLexicon.Entry<String> entry(String phrase, String value) {
        return new PhraseLexicon.Entry<>(List.of(phrase.split(" ")), value);
    }

    private static List<String> values(PhraseLexicon<String> lexicon, String text) {
        return lexicon.matches(tokens(text)).stream().map(PhraseLexicon.Match::value).toList();
    }

    @Test
    void theLongestPhraseWinsAndMatchesDoNotOverlap() {
        PhraseLexicon<String> lexicon = new PhraseLexicon<>(List.of(
                entry("crash", "short"), entry("keep crash", "long"), entry("crash on launch", "longer")));
        assertEquals(List.of("long"), values(lexicon, "it keeps/keep crashing/crash"));
        List<PhraseLexicon.Match<String>> m = lexicon.matches(tokens("it keeps/keep crashing/crash on launch"));
        assertEquals(1, m.size(), "keep crash takes the crash token: crash on launch cannot match too");
        assertEquals(1, m.get(0).start());
        assertEquals(3, m.get(0).end());
        assertEquals(List.of("longer"), values(lexicon, "crashes/crash on launch"));
        assertEquals(List.of("short", "short"), values(lexicon, "crash after crash/crash"));
    }

    @Test
    void aStarMatchesAnyOneWord() {
        PhraseLexicon<String> lexicon = new PhraseLexicon<>(List.of(entry("ad after ad", "ads"), entry("log * out", "logout")));
        assertEquals(List.of("logout"), values(lexicon, "it logs/log me out every day"));
        assertEquals(List.of("logout"), values(lexicon, "logged/log them/they out"));
        assertEquals(List.of(), values(lexicon, "log out"), "* is exactly one word");
        assertEquals(List.of(), values(lexicon, "log me right out"));
        assertThrows(IllegalArgumentException.class, () -> entry("* crash", "x"), "a phrase starts with a word");
        assertThrows(IllegalArgumentException.class, () -> entry("crash *", "x"), "a phrase ends with a word");
    }

    @Test
    void aKeyMatchesTheLemmaOrTheWrittenForm() {
        PhraseLexicon<String> lexicon = new PhraseLexicon<>(List.of(entry("charge twice", "billing"),
                entry("settings", "settings")));
        assertEquals(List.of("billing"), values(lexicon, "I was charged/charge twice"), "by lemma");
        assertEquals(List.of("settings"), values(lexicon, "open Settings/setting"), "by the written form, any case");
        assertEquals(List.of(), values(lexicon, "open setting"));
        assertTrue(lexicon.matches(List.of()).isEmpty());
        assertEquals(2, lexicon.size());
    }
}
