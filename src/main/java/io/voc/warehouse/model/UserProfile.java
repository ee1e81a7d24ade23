package io.voc.warehouse.model;

import io.voc.platform.model.InvalidInputException;

/**
 * Who a product's user is, as the warehouse knows them: the dimensions personas and analysts group users by. Only
 * the user id is required; the warehouse may not know every dimension of every user. Values are the warehouse's
 * own words ({@code 18-24}, {@code premium}), trimmed and bounded, so one odd row cannot bloat the store.
 *
 * @param tenureDays days since the user signed up; null when unknown
 */
public record UserProfile(String userId, String country, String ageBand, String deviceTier, Integer tenureDays,
        String membership, String activityLevel) {
    public static final int MAX_USER_ID = 128;
    public static final int MAX_VALUE = 64;

    public UserProfile {
        userId = text("user_id", userId, MAX_USER_ID);
        if (userId == null) {
            throw new InvalidInputException("user_id", "user_id is missing");
        }
        country = text("country", country, MAX_VALUE);
        ageBand = text("age_band", ageBand, MAX_VALUE);
        deviceTier = text("device_tier", deviceTier, MAX_VALUE);
        membership = text("membership", membership, MAX_VALUE);
        activityLevel = text("activity_level", activityLevel, MAX_VALUE);
        if (tenureDays != null && (tenureDays < 0 || tenureDays > 365 * 100)) {
            throw new InvalidInputException("tenure_days", "tenure_days must lie between 0 and 36500 (got " + tenureDays + ")");
        }
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, field + " is longer than " + max + " characters");
        }
        return v;
    }
}
