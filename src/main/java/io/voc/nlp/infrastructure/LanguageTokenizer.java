package io.voc.nlp.infrastructure;

import io.voc.nlp.model.Sentence;
import java.util.List;

/** Splits one language's text into sentences of tokens, and lexicon phrases into matching keys. */
interface LanguageTokenizer {

    List<Sentence> sentences(String text);

    /** The keys a lexicon phrase is matched by (lemmas where the language has them). */
    List<String> keys(String phrase);
}
