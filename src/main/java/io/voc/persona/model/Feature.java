package io.voc.persona.model;

/**
 * One dimension of a user's vector: what a user wrote ({@link Block#BEHAVIOUR}: a topic's share, an aspect
 * complained about, an intent, a platform, the mood, the volume) or who they are ({@link Block#PROFILE}: an age
 * band, a device tier, a membership, an activity level, the tenure). {@code value} is the topic, aspect, band...
 * (empty for the numeric ones).
 */
public record Feature(Kind kind, String value) {

    public enum Block {
        BEHAVIOUR, PROFILE
    }

    public enum Kind {
        TOPIC(Block.BEHAVIOUR), COMPLAINT(Block.BEHAVIOUR), INTENT(Block.BEHAVIOUR), PLATFORM(Block.BEHAVIOUR),
        SENTIMENT(Block.BEHAVIOUR), VOLUME(Block.BEHAVIOUR),
        AGE_BAND(Block.PROFILE), DEVICE_TIER(Block.PROFILE), MEMBERSHIP(Block.PROFILE), ACTIVITY(Block.PROFILE),
        TENURE(Block.PROFILE);

        final Block block;

        Kind(Block block) {
            this.block = block;
        }

        /** A number on a scale of its own (not a share or a yes/no). */
        public boolean numeric() {
            return this == SENTIMENT || this == VOLUME || this == TENURE;
        }
    }

    public Block block() {
        return kind.block;
    }

    /**
     * How a persona that stands out on this feature is described: {@code high} when its members have more of it
     * than users at large, else less (only the numeric features describe both ways).
     */
    public String describe(boolean high) {
        return switch (kind) {
            case TOPIC -> value;
            case COMPLAINT -> value + " complaints";
            case INTENT -> value + "s";
            case PLATFORM -> platformName(value);
            case SENTIMENT -> high ? "happy" : "unhappy";
            case VOLUME -> high ? "frequent writers" : "one-off writers";
            case AGE_BAND -> "aged " + value;
            case DEVICE_TIER -> value + "-end devices";
            case MEMBERSHIP -> value;
            case ACTIVITY -> value + " activity";
            case TENURE -> high ? "long-time" : "new";
        };
    }

    /** Numeric features say something when low too; a one-hot or a share only when high. */
    public boolean telling(boolean high) {
        return high || kind.numeric();
    }

    private static String platformName(String platform) {
        return switch (platform) {
            case "ios" -> "iOS";
            case "android" -> "Android";
            case "web" -> "web";
            default -> platform;
        };
    }
}
