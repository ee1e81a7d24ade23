package io.voc.nlp.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds lexicon evidence in a sentence: splits it into clauses, matches the domain phrases first and
 * general words in what is left, and applies negation ("not great", "never loads") and intensifiers
 * ("very slow") within the clause. Domain phrases may contain the negation themselves ("doesn't
 * work"), in which case it is part of their meaning and not applied again.
 */
public final class LexiconScorer {
    private static final List<String> CLAUSE_PUNCTUATION = List.of(",", ";", ":", "-", "--", "...", "，", "；", "：");

    private final SentimentRules rules;

    public LexiconScorer(SentimentRules rules) {
        this.rules = rules;
    }

    public SentimentRules rules() {
        return rules;
    }

    public SentenceEvidence score(List<Token> tokens) {
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            boolean last = i == tokens.size();
            String word = last ? null : tokens.get(i).norm();
            boolean adversative = !last && rules.adversatives().contains(word);
            boolean concessive = !last && rules.concessives().contains(word);
            if (last || adversative || concessive || CLAUSE_PUNCTUATION.contains(word)) {
                if (i > start) {
                    clauses.add(clause(tokens, start, i));
                }
                if (adversative) {
                    // what came before "but" counts less; the clause(s) after it count more (below)
                    clauses.replaceAll(c -> c.weighted(rules.adversativeBefore()));
                    clauses.add(new Clause(i, i + 1, 0, 0, 0, 0, 0)); // marks where "after" begins
                }
                start = concessive ? i : i + 1;
            }
        }
        return new SentenceEvidence(applyContrast(clauses, tokens));
    }

    /** Clauses after an adversative count more; a clause that opens with a concessive counts less. */
    private List<Clause> applyContrast(List<Clause> clauses, List<Token> tokens) {
        List<Clause> result = new ArrayList<>();
        boolean afterAdversative = false;
        for (Clause clause : clauses) {
            if (clause.end() - clause.start() == 1 && rules.adversatives().contains(tokens.get(clause.start()).norm())) {
                afterAdversative = true;
                continue;
            }
            Clause weighted = afterAdversative ? clause.weighted(rules.adversativeAfter()) : clause;
            if (rules.concessives().contains(tokens.get(clause.start()).norm())) {
                weighted = weighted.weighted(rules.concessiveWeight());
            }
            result.add(weighted);
        }
        return result;
    }

    private Clause clause(List<Token> sentence, int start, int end) {
        List<Token> tokens = sentence.subList(start, end);
        BitSet taken = new BitSet(tokens.size());
        double domainSum = 0;
        int domainHits = 0;
        for (PhraseLexicon.Match<Double> m : rules.domain().matches(tokens)) {
            taken.set(m.start(), m.end());
            domainSum += adjust(tokens, m, containsNegator(tokens, m.start(), m.end()));
            domainHits++;
        }
        double generalSum = 0;
        int generalHits = 0;
        for (PhraseLexicon.Match<Double> m : rules.general().matches(tokens)) {
            if (taken.get(m.start(), m.end()).isEmpty() && !isModifier(tokens.get(m.start()))) {
                generalSum += adjust(tokens, m, false);
                generalHits++;
            }
        }
        return new Clause(start, end, 1.0, domainSum, domainHits, generalSum, generalHits);
    }

    private double adjust(List<Token> tokens, PhraseLexicon.Match<Double> m, boolean negationInside) {
        double weight = m.value();
        int before = m.start() - 1;
        if (before >= 0) {
            Double factor = rules.intensifiers().get(tokens.get(before).norm());
            if (factor != null) {
                weight *= factor;
            }
        }
        if (!negationInside && negatedBefore(tokens, m.start())) {
            weight *= rules.negationFactor();
        }
        return weight;
    }

    private boolean negatedBefore(List<Token> tokens, int start) {
        for (int i = Math.max(0, start - rules.negationWindow()); i < start; i++) {
            if (rules.negators().contains(tokens.get(i).norm()) || rules.negators().contains(tokens.get(i).lemma())) {
                return true;
            }
        }
        return false;
    }

    private boolean containsNegator(List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            if (rules.negators().contains(tokens.get(i).norm()) || rules.negators().contains(tokens.get(i).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Negators and intensifiers shape other words' weight; they carry none themselves ("no", "very"). */
    private boolean isModifier(Token token) {
        return rules.negators().contains(token.norm()) || rules.intensifiers().containsKey(token.norm());
    }
}
