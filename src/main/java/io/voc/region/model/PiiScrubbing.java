package io.voc.region.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Replaces personal data in free text before it leaves its region: {@code text} always, and any further fields
 * configured ({@code attributes.note}, or {@code attributes} for every attribute value). Strings inside a
 * configured field are scrubbed wherever they sit in it (nested objects, arrays); numbers and booleans are left
 * as they are. Replacements are counted by type ({@code EMAIL}, {@code PHONE}, {@code CARD},
 * {@code NATIONAL_ID} and each extra pattern's type).
 *
 * <p>Detectors run in a fixed order, each on the text the previous one left: e-mail addresses first (they may
 * hold digits), then the configured extra patterns (so a company's own formats win over the generic rules), then
 * national IDs, payment cards, and phone numbers last - a card or an ID is never counted as a phone. Placeholders
 * hold no digits, so scrubbing a scrubbed text again changes nothing.
 */
public final class PiiScrubbing implements RecordTransform {
    public static final String TYPE = "scrub-pii";
    private static final FieldPath TEXT = new FieldPath(List.of(RawFeedback.TEXT));

    private final String name;
    private final List<FieldPath> fields;
    private final List<PiiDetector> detectors;

    /**
     * @param further fields scrubbed besides {@code text}
     * @param extras  the region's own patterns, in the order they run
     */
    public PiiScrubbing(String name, List<FieldPath> further, List<PiiDetector> extras) {
        this.name = Objects.requireNonNull(name, "name");
        Set<FieldPath> all = new LinkedHashSet<>();
        all.add(TEXT);
        all.addAll(further);
        this.fields = List.copyOf(all);
        List<PiiDetector> order = new ArrayList<>();
        order.add(BuiltInDetectors.emails());
        order.addAll(extras);
        order.addAll(BuiltInDetectors.nationalIds());
        order.add(BuiltInDetectors.cards());
        order.add(BuiltInDetectors.phones());
        this.detectors = List.copyOf(order);
    }

    /** Only {@code text}, only the built-in detectors. */
    public static PiiScrubbing ofText() {
        return new PiiScrubbing(TYPE, List.of(), List.of());
    }

    @Override
    public String name() {
        return name;
    }

    /** The fields scrubbed, {@code text} first. */
    public List<FieldPath> fields() {
        return fields;
    }

    @Override
    public TransformOutcome apply(RawFeedback record) {
        RawFeedback scrubbed = record;
        Changes changes = Changes.NONE;
        for (FieldPath field : fields) {
            if (!scrubbed.has(field)) {
                continue;
            }
            Counted value = scrubValue(scrubbed.value(field));
            if (!value.changes().isEmpty()) {
                scrubbed = scrubbed.with(field, value.value());
                changes = changes.plus(value.changes());
            }
        }
        return TransformOutcome.kept(scrubbed, changes);
    }

    /** One text scrubbed by every detector in order. */
    public Counted scrubText(String text) {
        String current = text;
        Changes changes = Changes.NONE;
        // most feedback holds no '@' and few digits: most detectors can tell without searching
        int digits = MatchScope.digitsIn(text);
        for (PiiDetector detector : detectors) {
            if (!detector.mayFind(current, digits)) {
                continue;
            }
            PiiDetector.Scrubbed scrubbed = detector.scrub(current);
            if (scrubbed.found() > 0) {
                current = scrubbed.text();
                changes = changes.plus(detector.type(), scrubbed.found());
                digits = MatchScope.digitsIn(current);
            }
        }
        return new Counted(current, changes);
    }

    private Counted scrubValue(Object value) {
        if (value instanceof String text) {
            return scrubText(text);
        } else if (value instanceof Map<?, ?> object) {
            Map<String, Object> copy = new LinkedHashMap<>();
            Changes changes = Changes.NONE;
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                Counted inner = scrubValue(entry.getValue());
                copy.put((String) entry.getKey(), inner.value());
                changes = changes.plus(inner.changes());
            }
            return new Counted(copy, changes);
        } else if (value instanceof List<?> array) {
            List<Object> copy = new ArrayList<>(array.size());
            Changes changes = Changes.NONE;
            for (Object element : array) {
                Counted inner = scrubValue(element);
                copy.add(inner.value());
                changes = changes.plus(inner.changes());
            }
            return new Counted(copy, changes);
        }
        return new Counted(value, Changes.NONE);
    }

    /** A value after scrubbing and what was replaced in it. */
    public record Counted(Object value, Changes changes) {
    }

    @Override
    public String toString() {
        return name + " " + fields;
    }
}
