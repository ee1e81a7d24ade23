package io.voc.experiment.model;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which users an experiment is for, by their platform, region and app version: an empty set means any.
 * A user outside it gets no variant at all - not the control - so they are not counted.
 */
public record Targeting(Set<String> platforms, Set<String> regions, Set<String> appVersions) {
    public static final Targeting EVERYONE = new Targeting(Set.of(), Set.of(), Set.of());

    public Targeting {
        platforms = normalised(platforms, "targeting.platforms");
        regions = normalised(regions, "targeting.regions");
        appVersions = normalised(appVersions, "targeting.appVersions");
    }

    public boolean matches(UserAttributes user) {
        return within(platforms, user.platform()) && within(regions, user.region())
                && within(appVersions, user.appVersion());
    }

    private static boolean within(Set<String> allowed, String value) {
        return allowed.isEmpty() || value != null && allowed.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> normalised(Set<String> values, String field) {
        if (values == null) {
            return Set.of();
        }
        Set<String> result = values.stream().map(v -> {
            if (v == null || v.isBlank() || v.length() > 64) {
                throw new InvalidExperimentException(field, field + " holds values of 1-64 characters (got '" + v
                        + "')");
            }
            return v.strip().toLowerCase(Locale.ROOT);
        }).collect(Collectors.toUnmodifiableSet());
        return result;
    }
}
