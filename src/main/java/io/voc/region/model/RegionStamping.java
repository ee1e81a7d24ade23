package io.voc.region.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Records which regional cluster a feedback was bridged from, in {@code attributes.sourceRegion}, so the home
 * cluster can always tell where a record came from, whatever its {@code region} field (the user's region) says.
 *
 * <p>A {@code sourceRegion} the record already carries with another value is <b>overwritten</b> and counted as
 * {@code sourceRegion-overwritten}: the cluster the bridge read the record from is a fact, a value a client
 * wrote is a claim. The same value already there is no change at all, so a record replayed after a crash is
 * stamped once. Optionally, a record without a {@code region} (absent, null or blank) gets the configured
 * default region, counted as {@code region-defaulted}.
 *
 * <p>A record whose {@code attributes} is not a JSON object is rejected: there is nowhere to stamp.
 */
public final class RegionStamping implements RecordTransform {
    public static final String TYPE = "stamp-region";
    public static final String SOURCE_REGION = "sourceRegion";
    public static final String STAMPED = "sourceRegion-stamped";
    public static final String OVERWRITTEN = "sourceRegion-overwritten";
    public static final String REGION_DEFAULTED = "region-defaulted";
    private static final Pattern REGION_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    private final String name;
    private final String sourceRegion;
    private final String defaultRegion;

    /**
     * @param sourceRegion  the region the bridge reads from, e.g. {@code sg}
     * @param defaultRegion the region to set when a record has none; null to leave such records as they are
     */
    public RegionStamping(String name, String sourceRegion, String defaultRegion) {
        this.name = Objects.requireNonNull(name, "name");
        this.sourceRegion = regionName(sourceRegion, "source region");
        this.defaultRegion = defaultRegion == null ? null : regionName(defaultRegion, "default region");
    }

    /** A region name as VOC stores regions: 1-32 characters of a-z, 0-9, '_' and '-', lower-cased here. */
    static String regionName(String value, String what) {
        String clean = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!REGION_NAME.matcher(clean).matches()) {
            throw new IllegalArgumentException("a " + what + " is 1-32 characters of a-z, 0-9, '_' and '-' (got "
                    + (value == null ? "nothing" : "'" + value + "'") + ")");
        }
        return clean;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TransformOutcome apply(RawFeedback record) {
        if (!record.hasObjectAttributes()) {
            Object attributes = record.value(RawFeedback.ATTRIBUTES);
            return TransformOutcome.rejected("attributes is " + RawFeedback.jsonType(attributes) + ", not an object, "
                    + "so sourceRegion cannot be stamped; the source must send attributes as an object of strings");
        }
        RawFeedback stamped = record;
        Changes changes = Changes.NONE;
        Object present = record.attribute(SOURCE_REGION);
        if (!sourceRegion.equals(present)) {
            stamped = stamped.withAttribute(SOURCE_REGION, sourceRegion);
            changes = changes.plus(present == null ? STAMPED : OVERWRITTEN, 1);
        }
        if (defaultRegion != null && hasNoRegion(record)) {
            stamped = stamped.with(RawFeedback.REGION, defaultRegion);
            changes = changes.plus(REGION_DEFAULTED, 1);
        }
        return TransformOutcome.kept(stamped, changes);
    }

    private static boolean hasNoRegion(RawFeedback record) {
        Object region = record.value(RawFeedback.REGION);
        return region == null || region instanceof String s && s.isBlank();
    }

    @Override
    public String toString() {
        return name + " " + sourceRegion + (defaultRegion == null ? "" : ", default region " + defaultRegion);
    }
}
