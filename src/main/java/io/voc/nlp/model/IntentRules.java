package io.voc.nlp.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Intent from cue phrases ("please add" -> feature request, "crashes" -> bug report, "?" -> question),
 * the first intent in {@code priority} that has a cue winning; without a cue, the text's sentiment
 * decides between complaint, praise and other.
 */
public record IntentRules(PhraseLexicon<Intent> cues, List<Intent> priority) {

    /** Whether a sentence asks something or asks for something. */
    public boolean isRequest(List<Token> sentence) {
        return cues.matches(sentence).stream()
                .anyMatch(m -> m.value() == Intent.QUESTION || m.value() == Intent.FEATURE_REQUEST);
    }

    public Intent intent(List<List<Token>> sentences, Sentiment sentiment) {
        Set<Intent> cued = EnumSet.noneOf(Intent.class);
        for (List<Token> tokens : sentences) {
            cues.matches(tokens).forEach(m -> cued.add(m.value()));
        }
        for (Intent intent : priority) {
            if (cued.contains(intent)) {
                return intent;
            }
        }
        if (sentiment == null) {
            return Intent.OTHER;
        }
        return switch (sentiment.label()) {
            case NEGATIVE -> Intent.COMPLAINT;
            case POSITIVE -> Intent.PRAISE;
            case NEUTRAL -> cued.isEmpty() ? Intent.OTHER : cued.iterator().next();
        };
    }
}
