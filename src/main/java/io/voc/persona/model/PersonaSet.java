package io.voc.persona.model;

import io.voc.warehouse.model.UserProfile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One version of the personas: every user who wrote in the window assigned to exactly one persona. Built from the
 * users' activity and profiles with a seed, so the same data and seed always give the same personas (same keys,
 * names, members); a new build is a new version, and the old ones stay for comparison.
 */
public final class PersonaSet {
    /** A trait names a persona when its members are at least this many standard deviations off the mean. */
    static final double TELLING = 0.5;
    static final int TRAITS_PER_BLOCK = 2;

    private final long seed;
    private final int k;
    private final double silhouette;
    private final Map<Integer, Double> silhouetteByK;
    private final Instant builtAt;
    private final List<Persona> personas;
    private final Map<String, String> personaOfUser;

    public PersonaSet(long seed, int k, double silhouette, Map<Integer, Double> silhouetteByK, Instant builtAt,
            List<Persona> personas, Map<String, String> personaOfUser) {
        this.seed = seed;
        this.k = k;
        this.silhouette = silhouette;
        this.silhouetteByK = Map.copyOf(silhouetteByK);
        this.builtAt = Objects.requireNonNull(builtAt);
        this.personas = List.copyOf(personas);
        this.personaOfUser = Map.copyOf(personaOfUser);
    }

    /**
     * Clusters the users ({@code kMin} to {@code kMax} personas, the number chosen by silhouette) and names the
     * personas. Users are taken in user id order, whatever order they come in.
     */
    public static PersonaSet build(List<UserActivity> activity, Map<String, UserProfile> profiles, int kMin, int kMax,
            long seed, Instant now) {
        List<UserActivity> users = new ArrayList<>(activity);
        users.sort(Comparator.comparing(UserActivity::userId));
        FeatureSpace space = FeatureSpace.of(users, profiles);
        List<double[]> points = users.stream().map(u -> space.point(u, profiles.get(u.userId()))).toList();
        PersonaClustering.Result grouping = PersonaClustering.cluster(points, kMin, kMax, seed);

        List<List<UserActivity>> members = new ArrayList<>();
        for (int g = 0; g < grouping.k(); g++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < users.size(); i++) {
            members.get(grouping.groupOf()[i]).add(users.get(i));
        }
        List<Persona> personas = new ArrayList<>();
        Map<String, String> personaOfUser = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (int g = 0; g < members.size(); g++) {
            String key = "p" + (g + 1);
            Persona persona = describe(key, members.get(g), space, profiles, names);
            personas.add(persona);
            members.get(g).forEach(u -> personaOfUser.put(u.userId(), key));
        }
        return new PersonaSet(seed, grouping.k(), grouping.silhouette(), grouping.silhouetteByK(), now, personas,
                personaOfUser);
    }

    private static Persona describe(String key, List<UserActivity> members, FeatureSpace space,
            Map<String, UserProfile> profiles, Set<String> names) {
        List<Feature> features = space.features();
        double[] mean = new double[features.size()];
        for (UserActivity u : members) {
            double[] z = space.standardized(u, profiles.get(u.userId()));
            for (int j = 0; j < z.length; j++) {
                mean[j] += z[j] / members.size();
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < mean.length; j++) {
            order.add(j);
        }
        order.sort(Comparator.comparingDouble(j -> -Math.abs(mean[j])));
        // who they are first, then what they write: two of each, strongest first
        List<String> traits = new ArrayList<>();
        for (Feature.Block block : List.of(Feature.Block.PROFILE, Feature.Block.BEHAVIOUR)) {
            int taken = 0;
            for (int j : order) {
                boolean high = mean[j] > 0;
                if (Math.abs(mean[j]) < TELLING || taken == TRAITS_PER_BLOCK) {
                    break;
                }
                String trait = features.get(j).describe(high);
                if (features.get(j).block() == block && features.get(j).telling(high) && !traits.contains(trait)) {
                    traits.add(trait);
                    taken++;
                }
            }
        }
        String name = traits.isEmpty() ? "Typical users" : capitalized(String.join(" · ", traits));
        String unique = name;
        for (int n = 2; !names.add(unique); n++) {
            unique = name + " (" + n + ")";
        }
        int feedback = members.stream().mapToInt(UserActivity::feedback).sum();
        double sentimentSum = 0;
        int measured = 0;
        Map<String, Integer> complaints = new TreeMap<>();
        Map<String, Integer> topics = new TreeMap<>();
        for (UserActivity u : members) {
            if (u.meanSentiment() != null) {
                sentimentSum += u.meanSentiment();
                measured++;
            }
            u.complaints().forEach((a, c) -> complaints.merge(a, c, Integer::sum));
            u.topics().forEach((t, c) -> topics.merge(t, c, Integer::sum));
        }
        return new Persona(key, unique, members.size(), feedback, traits,
                measured == 0 ? null : sentimentSum / measured, mostCommon(complaints), mostCommon(topics));
    }

    private static List<String> mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(Map.Entry::getKey).toList();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public long seed() {
        return seed;
    }

    public int k() {
        return k;
    }

    public double silhouette() {
        return silhouette;
    }

    public Map<Integer, Double> silhouetteByK() {
        return new TreeMap<>(silhouetteByK);
    }

    public Instant builtAt() {
        return builtAt;
    }

    public List<Persona> personas() {
        return personas;
    }

    /** The persona key of each user. */
    public Map<String, String> personaOfUser() {
        return personaOfUser;
    }

    /** The users of each persona, in persona order. */
    public Map<String, List<String>> usersByPersona() {
        Map<String, List<String>> users = new LinkedHashMap<>();
        personas.forEach(p -> users.put(p.key(), new ArrayList<>()));
        personaOfUser.forEach((user, key) -> users.get(key).add(user));
        users.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        return users;
    }
}
