package io.voc.experiment.model;

/** Who asks for a variant: the app's user id, and what targeting may look at (each may be unknown: null). */
public record UserAttributes(String userId, String platform, String region, String appVersion) {
    public UserAttributes {
        if (userId == null || userId.isBlank()) {
            throw new InvalidExperimentException("userId", "userId is required: the id the app knows its user by");
        }
        if (userId.length() > 200) {
            throw new InvalidExperimentException("userId", "userId is at most 200 characters");
        }
    }
}
