package io.voc.nlp.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases with a value each (a sentiment weight, a topic, a canonical aspect...), matched on tokens:
 * each phrase token matches a token's lemma or its written form, and {@code *} matches any one token.
 * The longest phrase wins at each position and matches do not overlap. Phrases are data (files under
 * {@code nlp/}), never code.
 */
public final class PhraseLexicon<V> {
    public static final String ANY = "*";

    /** A phrase as lemma keys, with its value. */
    public record Entry<V>(List<String> keys, V value) {
        public Entry {
            if (keys.isEmpty() || keys.get(0).equals(ANY) || keys.get(keys.size() - 1).equals(ANY)) {
                throw new IllegalArgumentException("a phrase must start and end with a word: " + keys);
            }
            keys = List.copyOf(keys);
        }
    }

    /** Tokens [start, end) matched by the entry. */
    public record Match<V>(int start, int end, Entry<V> entry) {
        public V value() {
            return entry.value();
        }
    }

    private final Map<String, List<Entry<V>>> byFirstKey = new HashMap<>();
    private final int size;

    public PhraseLexicon(List<Entry<V>> entries) {
        for (Entry<V> entry : entries) {
            byFirstKey.computeIfAbsent(entry.keys().get(0), k -> new ArrayList<>()).add(entry);
        }
        byFirstKey.values().forEach(list -> list.sort(Comparator.comparingInt((Entry<V> e) -> e.keys().size()).reversed()));
        this.size = entries.size();
    }

    public int size() {
        return size;
    }

    /** Whether some phrase starts with this key (for a one-word lexicon: whether it holds the word). */
    public boolean startsAPhrase(String key) {
        return byFirstKey.containsKey(key);
    }

    /** Non-overlapping matches, left to right, the longest at each position. */
    public List<Match<V>> matches(List<Token> tokens) {
        List<Match<V>> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Entry<V> best = longestAt(tokens, i);
            if (best == null) {
                i++;
            } else {
                found.add(new Match<>(i, i + best.keys().size(), best));
                i += best.keys().size();
            }
        }
        return found;
    }

    private Entry<V> longestAt(List<Token> tokens, int start) {
        Token first = tokens.get(start);
        Entry<V> best = candidates(first.lemma(), tokens, start);
        if (!first.norm().equals(first.lemma())) {
            Entry<V> byWord = candidates(first.norm(), tokens, start);
            if (byWord != null && (best == null || byWord.keys().size() > best.keys().size())) {
                best = byWord;
            }
        }
        return best;
    }

    private Entry<V> candidates(String key, List<Token> tokens, int start) {
        List<Entry<V>> entries = byFirstKey.get(key);
        if (entries == null) {
            return null;
        }
        for (Entry<V> entry : entries) { // longest first
            if (matchesAt(entry, tokens, start)) {
                return entry;
            }
        }
        return null;
    }

    private static boolean matchesAt(Entry<?> entry, List<Token> tokens, int start) {
        List<String> keys = entry.keys();
        if (start + keys.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            if (!key.equals(ANY) && !tokens.get(start + k).matches(key)) {
                return false;
            }
        }
        return true;
    }
}
