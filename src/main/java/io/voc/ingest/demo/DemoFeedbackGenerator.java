package io.voc.ingest.demo;

import static io.voc.ingest.demo.DemoCatalog.ANDROID;
import static io.voc.ingest.demo.DemoCatalog.AURORA;
import static io.voc.ingest.demo.DemoCatalog.CN;
import static io.voc.ingest.demo.DemoCatalog.EU;
import static io.voc.ingest.demo.DemoCatalog.IOS;
import static io.voc.ingest.demo.DemoCatalog.POCKETBANK;
import static io.voc.ingest.demo.DemoCatalog.PRODUCTS;
import static io.voc.ingest.demo.DemoCatalog.REGIONS;
import static io.voc.ingest.demo.DemoCatalog.REGION_WEIGHTS;
import static io.voc.ingest.demo.DemoCatalog.TRIPNEST;
import static io.voc.ingest.demo.DemoCatalog.WEB;
import static io.voc.ingest.demo.DemoCatalog.any;
import static io.voc.ingest.demo.DemoCatalog.pick;

import io.voc.feedback.model.Channel;
import io.voc.ingest.application.FeedbackSubmission;
import io.voc.ingest.demo.DemoCatalog.Release;
import io.voc.ingest.demo.DemoPhrases.Phrases;
import io.voc.ingest.demo.DemoPhrases.Tone;
import io.voc.ingest.demo.DemoPhrases.Topic;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates realistic, reproducible demo feedback for three made-up products - {@code aurora-music}
 * (music streaming), {@code pocketbank} (mobile banking) and {@code tripnest} (travel booking) - so that
 * a fresh platform has something to show, and planted signals that the dashboard must reveal.
 *
 * <p>The same {@link DemoSpec} always gives the same list, byte for byte: one {@link SplittableRandom}
 * seeded from the spec drives every choice, and nothing reads the clock or iterates a hash map. Source
 * ids are stable too, so loading the same spec twice stores every item once.
 *
 * <h2>Background</h2>
 * Feedback spreads over {@code days} days ending at {@code lastDay} (UTC), fewer on weekends, growing
 * slightly, at local times of day (quiet at night, peaks at commute, lunch and evening). Channels: app
 * store and Google Play reviews, in-app feedback, support tickets (half without rating), surveys and
 * social posts; no Google Play in China. Regions us, eu, apac, cn with locales en-US, en-GB, de-DE,
 * fr-FR, es-ES, en-AU and zh-CN (about 12% of texts in Simplified Chinese). Versions are released every
 * few weeks and users move over within days. Topics: crashes, login trouble, battery drain, ads, lyrics
 * and subtitles, offline mode, double charges, refunds, slow transfers, hotel cancellations, prices and
 * fees, praise (also of support), feature requests (dark mode, CSV export, widgets) and questions.
 *
 * <h2>Planted signals</h2>
 * <ol type="a">
 * <li><b>Login crash spike</b>: pocketbank {@value #CRASH_VERSION} is released on {@code lastDay-12}.
 * In the last {@value #CRASH_WINDOW_DAYS} days, its Android build crashes at login in the {@code eu}
 * region: extra feedback (growing day by day, about 3-9% of each day's volume) plus 45% of the natural
 * eu/android/3.9.0 pocketbank feedback are 1-2 star login-crash complaints in English, German, French
 * (and a little Spanish). iOS, other regions and other versions stay normal.</li>
 * <li><b>Pricing wave</b>: aurora-music announces a Premium price increase on {@code lastDay-37} and
 * applies it on {@code lastDay-30}. Complaints about the increase ("Premium got more expensive",
 * cancellation threats) are absent before the announcement (only rare "a bit pricey" remarks), trickle
 * in after it (about 4% of aurora-music feedback) and make up about 23% of it for ten days after the
 * change, then about 14% - in every region and language, Chinese included. aurora-music also gets 20%
 * more feedback in the two weeks after the change.</li>
 * <li>Every other topic stays at a mild, steady background level, so the two signals stand out.</li>
 * </ol>
 */
public final class DemoFeedbackGenerator {
    static final String CRASH_PRODUCT = POCKETBANK;
    static final String CRASH_VERSION = "3.9.0";
    static final String CRASH_REGION = EU;
    static final String CRASH_PLATFORM = ANDROID;
    /** The login crash is felt in the last this many days (the release is two days older). */
    static final int CRASH_WINDOW_DAYS = 10;
    /** Share of natural eu/android/3.9.0 pocketbank feedback that is about the login crash. */
    private static final double CRASH_SHARE_OF_AFFECTED = 0.45;

    static final int PRICE_ANNOUNCED_DAYS_BEFORE_LAST = 37;
    static final int PRICE_CHANGE_DAYS_BEFORE_LAST = 30;

    /** Relative feedback volume by local hour of day: quiet at night, peaks at commute, lunch, evening. */
    private static final double[] HOUR_WEIGHTS = {0.9, 0.5, 0.3, 0.2, 0.2, 0.3, 0.7, 1.4, 2.0, 2.1, 2.0, 2.0, 2.4,
        2.3, 2.0, 1.9, 1.9, 2.0, 2.3, 2.7, 2.9, 2.8, 2.2, 1.5};

    private static final List<Channel> CHANNELS = List.of(Channel.APP_STORE, Channel.GOOGLE_PLAY, Channel.IN_APP,
            Channel.SUPPORT, Channel.SURVEY, Channel.SOCIAL);
    private static final double[] CHANNEL_WEIGHTS = {0.22, 0.24, 0.18, 0.15, 0.10, 0.11};
    /** Google Play is not available in mainland China: its share goes to the App Store and in-app. */
    private static final double[] CHANNEL_WEIGHTS_CN = {0.32, 0.0, 0.26, 0.16, 0.10, 0.16};

    private static final Map<String, EnumMap<Topic, Double>> TOPIC_WEIGHTS = Map.of(
            AURORA, weights(Topic.CRASH, 0.05, Topic.LOGIN, 0.08, Topic.BATTERY, 0.07, Topic.ADS, 0.10,
                    Topic.LYRICS, 0.09, Topic.SUBTITLES, 0.04, Topic.OFFLINE, 0.07, Topic.CHARGED_TWICE, 0.05,
                    Topic.PRICING, 0.012, Topic.PRAISE, 0.20, Topic.SUPPORT_PRAISE, 0.05, Topic.FEATURE, 0.12,
                    Topic.QUESTION, 0.08),
            POCKETBANK, weights(Topic.TRANSFER_SLOW, 0.12, Topic.LOGIN, 0.10, Topic.CHARGED_TWICE, 0.08,
                    Topic.REFUND, 0.08, Topic.CRASH, 0.05, Topic.NOTIFICATIONS, 0.05, Topic.PRICING, 0.05,
                    Topic.PRAISE, 0.18, Topic.SUPPORT_PRAISE, 0.09, Topic.FEATURE, 0.12, Topic.QUESTION, 0.09),
            TRIPNEST, weights(Topic.HOTEL_CANCEL, 0.12, Topic.REFUND, 0.11, Topic.CHARGED_TWICE, 0.06,
                    Topic.CRASH, 0.05, Topic.LOGIN, 0.05, Topic.PRICING, 0.08, Topic.BATTERY, 0.03, Topic.ADS, 0.04,
                    Topic.OFFLINE, 0.05, Topic.PRAISE, 0.17, Topic.SUPPORT_PRAISE, 0.09, Topic.FEATURE, 0.12,
                    Topic.QUESTION, 0.09));

    private DemoFeedbackGenerator() {
    }

    /** The demo feedback of a spec, sorted by {@code createdAt}; the same spec gives the same list. */
    public static List<FeedbackSubmission> generate(DemoSpec spec) {
        return new Run(spec).drafts().stream().map(Draft::toSubmission).toList();
    }

    /** Who wrote each feedback of {@link #generate} (in the same order) and about what: the demo profiles' ground. */
    static List<DemoAuthor> authors(DemoSpec spec) {
        return new Run(spec).drafts().stream().map(d -> new DemoAuthor(d.userId, d.product, d.platform,
                d.attributes.getOrDefault("country", d.locale.substring(d.locale.indexOf('-') + 1)), d.topic)).toList();
    }

    /** The author of a demo feedback: who (user, product, platform, country) and the topic the demo gave the text. */
    record DemoAuthor(String userId, String product, String platform, String country, Topic topic) {
    }

    private static EnumMap<Topic, Double> weights(Object... topicWeightPairs) {
        EnumMap<Topic, Double> map = new EnumMap<>(Topic.class);
        for (int i = 0; i < topicWeightPairs.length; i += 2) {
            map.put((Topic) topicWeightPairs[i], (Double) topicWeightPairs[i + 1]);
        }
        return map;
    }

    /** One feedback in the making; source ids are given once all are sorted by time. */
    private static final class Draft {
        String product;
        String region;
        String locale;
        Topic topic;
        Channel channel;
        String platform;
        String version;
        Instant createdAt;
        Integer rating;
        String text;
        String userId;
        String sourceId;
        Map<String, String> attributes;

        FeedbackSubmission toSubmission() {
            return new FeedbackSubmission(FeedbackSubmission.SCHEMA_VERSION, product, channel.wireName(), sourceId,
                    text, rating, locale, region, version, platform, userId, createdAt.toString(), null, attributes);
        }
    }

    /** One generation: all state that the random choices depend on. */
    private static final class Run {
        private final DemoSpec spec;
        private final SplittableRandom rng;
        private final double[] dayWeights;
        private final double[] spikeWeights;
        private final double[] cumulative;
        private final Set<String> texts = new HashSet<>();
        private final Map<String, List<String>> usersByProfile = new HashMap<>();
        private final Set<String> userIds = new HashSet<>();
        private final Map<String, Instant[]> releaseInstants = new HashMap<>();

        Run(DemoSpec spec) {
            this.spec = spec;
            this.rng = new SplittableRandom(spec.seed());
            int days = spec.days();
            dayWeights = new double[days];
            spikeWeights = new double[days];
            cumulative = new double[days];
            double total = 0;
            for (int i = 0; i < days; i++) {
                int daysBeforeLast = days - 1 - i;
                double trend = 1 + 0.15 * i / Math.max(1, days - 1);
                double noise = 0.9 + 0.2 * rng.nextDouble();
                dayWeights[i] = weekdayFactor(spec.firstDay().plusDays(i).getDayOfWeek()) * trend * noise;
                spikeWeights[i] = dayWeights[i] * spikeIntensity(daysBeforeLast);
                total += dayWeights[i] + spikeWeights[i];
                cumulative[i] = total;
            }
        }

        List<Draft> drafts() {
            List<Draft> drafts = new ArrayList<>(spec.count());
            for (int i = 0; i < spec.count(); i++) {
                drafts.add(next());
            }
            drafts.sort(Comparator.comparing(d -> d.createdAt)); // stable: ties keep generation order
            assignSourceIds(drafts);
            return drafts;
        }

        private Draft next() {
            int day = pickDay();
            int daysBeforeLast = spec.days() - 1 - day;
            LocalDate date = spec.firstDay().plusDays(day);
            double spike = spikeWeights[day];
            boolean spikeItem = spike > 0 && rng.nextDouble() < spike / (dayWeights[day] + spike);
            return spikeItem ? loginCrash(date) : natural(date, daysBeforeLast);
        }

        /** Signal a), the extra volume: an eu Android user of pocketbank 3.9.0 who cannot log in. */
        private Draft loginCrash(LocalDate date) {
            Draft d = new Draft();
            d.product = CRASH_PRODUCT;
            d.region = CRASH_REGION;
            d.locale = pick(rng, List.of("en-GB", "de-DE", "fr-FR"), 0.55, 0.28, 0.17);
            d.topic = Topic.LOGIN_CRASH;
            d.channel = pick(rng, List.of(Channel.GOOGLE_PLAY, Channel.IN_APP, Channel.SUPPORT, Channel.SOCIAL),
                    0.5, 0.22, 0.2, 0.08);
            d.platform = CRASH_PLATFORM;
            d.createdAt = timeOfDay(date, d.region);
            d.version = versionKnown(d.channel, d.platform) ? CRASH_VERSION : null;
            return finish(d);
        }

        private Draft natural(LocalDate date, int daysBeforeLast) {
            Draft d = new Draft();
            d.product = pick(rng, PRODUCTS, productWeights(daysBeforeLast));
            d.region = pick(rng, REGIONS, REGION_WEIGHTS);
            d.locale = pick(rng, DemoCatalog.locales(d.region), DemoCatalog.localeWeights(d.region));
            d.topic = topic(d.product, DemoCatalog.language(d.locale), daysBeforeLast);
            d.channel = channel(d.region, d.topic);
            d.platform = platform(d.channel, d.topic, d.product, d.region);
            d.createdAt = timeOfDay(date, d.region);
            d.version = versionKnown(d.channel, d.platform) ? version(d.product, d.createdAt) : null;
            // Signal a), the share: everyone on the broken build is hit, so many of them write about it.
            if (CRASH_PRODUCT.equals(d.product) && CRASH_REGION.equals(d.region) && CRASH_PLATFORM.equals(d.platform)
                    && CRASH_VERSION.equals(d.version) && daysBeforeLast < CRASH_WINDOW_DAYS
                    && rng.nextDouble() < CRASH_SHARE_OF_AFFECTED) {
                d.topic = Topic.LOGIN_CRASH;
            }
            return finish(d);
        }

        private Draft finish(Draft d) {
            String language = DemoCatalog.language(d.locale);
            int rating = rating(d.topic.tone);
            // Ticket forms rarely ask for stars: about half of the tickets come without.
            d.rating = d.channel == Channel.SUPPORT && rng.nextBoolean() ? null : rating;
            String device = DemoCatalog.device(d.platform, d.region, rng);
            String country = DemoCatalog.country(d.region, d.locale, rng);
            d.text = text(d, language, rating, device);
            d.userId = userId(d.product + "|" + d.locale + "|" + d.platform);
            d.attributes = attributes(d, rating, device, country);
            return d;
        }

        // --- when -----------------------------------------------------------------------------

        private int pickDay() {
            double x = rng.nextDouble() * cumulative[cumulative.length - 1];
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** A moment of the (UTC) day, at a local hour people of the region plausibly write at. */
        private Instant timeOfDay(LocalDate date, String region) {
            int localHour = pickIndex(HOUR_WEIGHTS);
            int utcHour = Math.floorMod(localHour - DemoCatalog.utcOffset(region, rng), 24);
            return date.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(utcHour * 3600L + rng.nextInt(3600));
        }

        // --- what and where ----------------------------------------------------------------------

        private double[] productWeights(int daysBeforeLast) {
            // Signal b): the price change also makes aurora-music users write more for two weeks.
            boolean wave = daysBeforeLast <= PRICE_CHANGE_DAYS_BEFORE_LAST
                    && daysBeforeLast > PRICE_CHANGE_DAYS_BEFORE_LAST - 14;
            return new double[] {wave ? 0.36 * 1.2 : 0.36, 0.34, 0.30};
        }

        private Topic topic(String product, String language, int daysBeforeLast) {
            EnumMap<Topic, Double> weights = new EnumMap<>(TOPIC_WEIGHTS.get(product));
            if (AURORA.equals(product)) {
                weights.put(Topic.PRICE_INCREASE, priceIncreaseWeight(daysBeforeLast));
            }
            List<Topic> topics = List.copyOf(weights.keySet());
            double[] w = weights.values().stream().mapToDouble(Double::doubleValue).toArray();
            Topic topic = pick(rng, topics, w);
            if (DemoPhrases.of(language, product, topic) != null) {
                return topic;
            }
            // German, French and Spanish have fewer topics: say something of the same tone instead,
            // but never a planted signal, which must stay where it was planted.
            List<Topic> available = DemoPhrases.topics(language, product).stream()
                    .filter(t -> t != Topic.LOGIN_CRASH && t != Topic.PRICE_INCREASE).toList();
            List<Topic> sameTone = available.stream().filter(t -> t.tone == topic.tone).toList();
            return any(rng, sameTone.isEmpty() ? available : sameTone);
        }

        /** Signal b): no complaints before the announcement, a trickle until the change, then a wave. */
        private static double priceIncreaseWeight(int daysBeforeLast) {
            if (daysBeforeLast > PRICE_ANNOUNCED_DAYS_BEFORE_LAST) {
                return 0;
            }
            if (daysBeforeLast > PRICE_CHANGE_DAYS_BEFORE_LAST) {
                return 0.04;
            }
            return daysBeforeLast > PRICE_CHANGE_DAYS_BEFORE_LAST - 10 ? 0.30 : 0.17;
        }

        private Channel channel(String region, Topic topic) {
            double[] base = CN.equals(region) ? CHANNEL_WEIGHTS_CN : CHANNEL_WEIGHTS;
            double[] w = new double[CHANNELS.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = base[i] * affinity(CHANNELS.get(i), topic);
            }
            return pick(rng, CHANNELS, w);
        }

        /** Money and access problems go to support; surveys collect ideas and praise; anger goes public. */
        private static double affinity(Channel channel, Topic topic) {
            return switch (channel) {
                case SUPPORT -> switch (topic) {
                    case CHARGED_TWICE, REFUND -> 3.0;
                    case HOTEL_CANCEL, QUESTION -> 2.5;
                    case TRANSFER_SLOW -> 2.0;
                    case LOGIN, LOGIN_CRASH -> 1.5;
                    case SUPPORT_PRAISE -> 0.8;
                    case FEATURE, ADS, LYRICS, SUBTITLES -> 0.4;
                    case PRAISE -> 0.15;
                    default -> 1.0;
                };
                case SURVEY -> switch (topic) {
                    case FEATURE -> 2.5;
                    case PRAISE, PRICING -> 1.8;
                    case SUPPORT_PRAISE, ADS -> 1.5;
                    default -> 1.0;
                };
                case SOCIAL -> switch (topic) {
                    case PRICE_INCREASE -> 2.0;
                    case HOTEL_CANCEL, CRASH -> 1.5;
                    case REFUND -> 1.3;
                    case QUESTION -> 0.5;
                    default -> 1.0;
                };
                default -> 1.0;
            };
        }

        private String platform(Channel channel, Topic topic, String product, String region) {
            if (channel == Channel.APP_STORE) {
                return IOS;
            }
            if (channel == Channel.GOOGLE_PLAY) {
                return ANDROID;
            }
            // Travel is booked on the web a lot; crashes and battery drain only happen in the apps.
            double web = topic.mobileOnly ? 0 : TRIPNEST.equals(product) ? 0.25 : 0.10;
            double android = CN.equals(region) ? 0.55 : 0.45;
            return pick(rng, List.of(IOS, ANDROID, WEB), 1 - android, android, web);
        }

        /** The web app is deployed continuously (no version); social posts and some surveys don't know it. */
        private boolean versionKnown(Channel channel, String platform) {
            if (WEB.equals(platform)) {
                return false;
            }
            return switch (channel) {
                case SOCIAL -> rng.nextDouble() < 0.2;
                case SURVEY -> rng.nextDouble() < 0.7;
                default -> true;
            };
        }

        /** The version a user runs at a moment: most move to a new release within a few days. */
        private String version(String product, Instant at) {
            List<Release> releases = DemoCatalog.releases(product);
            int latest = latestReleased(product, at);
            if (latest <= 0) {
                return releases.get(0).version();
            }
            double ageDays = (at.getEpochSecond() - releaseInstants(product)[latest].getEpochSecond()) / 86400.0;
            double onLatest = 0.85 * (1 - Math.exp(-ageDays / 3.0));
            if (rng.nextDouble() < onLatest) {
                return releases.get(latest).version();
            }
            if (latest == 1 || rng.nextDouble() < 0.8) {
                return releases.get(latest - 1).version();
            }
            return releases.get(latest - 2).version();
        }

        /** Index of the newest release out at a moment, or -1 before the first. */
        private int latestReleased(String product, Instant at) {
            Instant[] instants = releaseInstants(product);
            int latest = -1;
            for (int i = 0; i < instants.length && !instants[i].isAfter(at); i++) {
                latest = i;
            }
            return latest;
        }

        /** Releases reach the stores at 10:00 UTC on their day. */
        private Instant[] releaseInstants(String product) {
            return releaseInstants.computeIfAbsent(product, p -> DemoCatalog.releases(p).stream()
                    .map(r -> spec.lastDay().minusDays(r.daysBeforeLastDay()).atTime(10, 0).toInstant(ZoneOffset.UTC))
                    .toArray(Instant[]::new));
        }

        private int rating(Tone tone) {
            return switch (tone) {
                case CRASH -> pick(rng, List.of(1, 2), 0.75, 0.25);
                case NEGATIVE -> pick(rng, List.of(1, 2, 3), 0.5, 0.38, 0.12);
                case MIXED -> pick(rng, List.of(2, 3, 4), 0.4, 0.5, 0.1);
                case QUESTION -> pick(rng, List.of(3, 4, 5), 0.5, 0.35, 0.15);
                case NEUTRAL -> pick(rng, List.of(3, 4, 5), 0.3, 0.5, 0.2);
                case POSITIVE -> pick(rng, List.of(4, 5), 0.3, 0.7);
            };
        }

        // --- words ----------------------------------------------------------------------------

        /** A text from the phrase table; tries a few combinations so that exact repeats stay rare. */
        private String text(Draft d, String language, int rating, String device) {
            Phrases phrases = DemoPhrases.of(language, d.product, d.topic);
            String text = null;
            for (int attempt = 0; attempt < 8; attempt++) {
                text = compose(d, language, phrases, rating, device);
                if (texts.add(text)) {
                    break;
                }
            }
            return text;
        }

        private String compose(Draft d, String language, Phrases phrases, int rating, String device) {
            List<String> parts = new ArrayList<>();
            if (d.channel == Channel.SUPPORT && rng.nextDouble() < 0.55) {
                parts.add(any(rng, DemoPhrases.greetings(language)));
            } else if (d.topic.tone != Tone.QUESTION && rng.nextDouble() < 0.3) {
                parts.add(any(rng, DemoPhrases.openers(language, rating)));
            }
            parts.add(fill(any(rng, phrases.cores()), d, language, device));
            if (!phrases.details().isEmpty() && rng.nextDouble() < 0.6) {
                List<String> details = new ArrayList<>(phrases.details());
                int n = details.size() > 1 && rng.nextDouble() < 0.25 ? 2 : 1;
                for (int i = 0; i < n; i++) {
                    parts.add(fill(details.remove(rng.nextInt(details.size())), d, language, device));
                }
            }
            if (!phrases.closings().isEmpty() && rng.nextDouble() < 0.5) {
                parts.add(fill(any(rng, phrases.closings()), d, language, device));
            }
            String text = String.join(DemoPhrases.ZH.equals(language) ? "" : " ", parts);
            return d.channel == Channel.SOCIAL ? social(text, d, language) : text;
        }

        private String social(String text, Draft d, String language) {
            if (DemoPhrases.ZH.equals(language)) {
                return rng.nextBoolean() ? DemoPhrases.chineseHashtag(d.product) + " " + text : text;
            }
            if (rng.nextDouble() < 0.6) {
                text = DemoPhrases.socialHandle(d.product) + " " + text;
            }
            List<String> tags = DemoPhrases.hashtags(d.topic.tone);
            if (DemoPhrases.EN.equals(language) && !tags.isEmpty() && rng.nextDouble() < 0.45) {
                text = text + " " + any(rng, tags);
            }
            return text;
        }

        /** Replaces each {placeholder}; values are drawn when met, so the same text draws the same values. */
        private String fill(String template, Draft d, String language, String device) {
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < template.length()) {
                int open = template.indexOf('{', i);
                if (open < 0) {
                    out.append(template, i, template.length());
                    break;
                }
                int close = template.indexOf('}', open);
                out.append(template, i, open).append(value(template.substring(open + 1, close), d, language, device));
                i = close + 1;
            }
            return out.toString();
        }

        private String value(String key, Draft d, String language, String device) {
            return switch (key) {
                // Users name the version even where the record lacks it (social posts, surveys).
                case "ver" -> d.version != null ? d.version
                        : DemoCatalog.releases(d.product).get(Math.max(0, latestReleased(d.product, d.createdAt)))
                                .version();
                // On the web people still talk about their phone.
                case "device" -> WEB.equals(d.platform)
                        ? DemoCatalog.device(rng.nextBoolean() ? IOS : ANDROID, d.region, rng) : device;
                case "carlink" -> DemoCatalog.carLink(d.platform, language, rng);
                case "n" -> Integer.toString(3 + rng.nextInt(5));
                case "pct" -> any(rng, List.of("18", "20", "22", "25", "30", "35"));
                case "hours" -> any(rng, List.of("3", "5", "6", "9", "14", "20", "26"));
                case "days" -> any(rng, List.of("6", "8", "10", "12", "15", "19", "23"));
                case "weeks" -> Integer.toString(3 + rng.nextInt(4));
                case "years" -> Integer.toString(2 + rng.nextInt(7));
                case "weekday" -> any(rng, DemoCatalog.WEEKDAYS);
                case "amount" -> DemoCatalog.amount(d.product, d.locale, rng);
                case "artist" -> any(rng, DemoCatalog.ARTISTS);
                case "playlist" -> any(rng, DemoCatalog.PLAYLISTS);
                case "merchant" -> any(rng, DemoCatalog.MERCHANTS);
                case "hotel" -> any(rng, DemoCatalog.HOTELS);
                case "city" -> any(rng, DemoCatalog.cities(d.region, d.locale));
                case "old" -> DemoCatalog.premiumPrices(d.locale)[0];
                case "new" -> DemoCatalog.premiumPrices(d.locale)[1];
                default -> throw new IllegalStateException("unknown placeholder {" + key + "}");
            };
        }

        // --- who and the extras -----------------------------------------------------------------

        /** Pseudonymous ids; about one in seven feedbacks comes from someone who wrote before. */
        private String userId(String profile) {
            List<String> known = usersByProfile.computeIfAbsent(profile, k -> new ArrayList<>());
            if (!known.isEmpty() && rng.nextDouble() < 0.15) {
                return any(rng, known);
            }
            String id;
            do {
                id = "u-" + hex(rng.nextInt(1 << 24), 6);
            } while (!userIds.add(id));
            known.add(id);
            return id;
        }

        private Map<String, String> attributes(Draft d, int rating, String device, String country) {
            Map<String, String> a = new LinkedHashMap<>();
            switch (d.channel) {
                case APP_STORE, GOOGLE_PLAY, IN_APP -> {
                    if (WEB.equals(d.platform)) {
                        a.put("browser", device + " " + DemoCatalog.browserVersion(device, rng));
                    } else {
                        a.put("device", device);
                        a.put("osVersion", DemoCatalog.osVersion(d.platform, rng));
                    }
                    a.put("country", country);
                }
                case SUPPORT -> {
                    a.put("ticketPriority", priority(d.topic.tone));
                    a.put("country", country);
                }
                case SURVEY -> {
                    LocalDate day = d.createdAt.atOffset(ZoneOffset.UTC).toLocalDate();
                    a.put("surveyId", "nps-" + day.getYear() + "-q" + ((day.getMonthValue() - 1) / 3 + 1));
                    a.put("npsScore", Integer.toString(nps(rating)));
                }
                case SOCIAL -> a.put("network", CN.equals(d.region)
                        ? pick(rng, List.of("weibo", "xiaohongshu"), 0.7, 0.3)
                        : pick(rng, List.of("x", "reddit", "instagram", "facebook"), 0.4, 0.25, 0.2, 0.15));
                default -> {
                }
            }
            return Collections.unmodifiableMap(a);
        }

        private String priority(Tone tone) {
            List<String> levels = List.of("urgent", "high", "normal", "low");
            return switch (tone) {
                case CRASH -> pick(rng, levels, 0.2, 0.5, 0.3, 0);
                case NEGATIVE -> pick(rng, levels, 0.05, 0.3, 0.55, 0.1);
                default -> pick(rng, levels, 0, 0, 0.55, 0.45);
            };
        }

        /** The 0-10 "would you recommend" score, consistent with the stars. */
        private int nps(int rating) {
            return switch (rating) {
                case 1 -> rng.nextInt(3);
                case 2 -> 3 + rng.nextInt(3);
                case 3 -> 6 + rng.nextInt(2);
                case 4 -> 8;
                default -> 9 + rng.nextInt(2);
            };
        }

        /** Source ids look like each channel's own; ticket numbers grow with time, per product. */
        private void assignSourceIds(List<Draft> drafts) {
            Set<String> used = new HashSet<>();
            Map<String, Long> nextTicket = new HashMap<>();
            for (Draft d : drafts) {
                if (d.channel == Channel.SUPPORT) {
                    long number = nextTicket.getOrDefault(d.product, 100_000L + 100_000L * PRODUCTS.indexOf(d.product));
                    d.sourceId = "tkt-" + number;
                    nextTicket.put(d.product, number + 1 + rng.nextInt(4)); // other queues use numbers too
                    continue;
                }
                do {
                    d.sourceId = switch (d.channel) {
                        case APP_STORE -> "as-" + rng.nextLong(1_000_000_000L, 10_000_000_000L);
                        case GOOGLE_PLAY -> "gp-" + hex(rng.nextLong(1L << 48), 12);
                        case IN_APP -> "ia-" + rng.nextLong(1_000_000L, 10_000_000L);
                        case SURVEY -> "sv-" + rng.nextLong(100_000L, 1_000_000L);
                        default -> "so-" + rng.nextLong(1_000_000_000_000_000L, 10_000_000_000_000_000L);
                    };
                } while (!used.add(d.product + "|" + d.channel + "|" + d.sourceId));
            }
        }

        private int pickIndex(double[] weights) {
            return DemoCatalog.pickIndex(rng, weights);
        }
    }

    private static double weekdayFactor(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.05;
            case TUESDAY, WEDNESDAY, THURSDAY -> 1.0;
            case FRIDAY -> 0.9;
            case SATURDAY -> 0.7;
            case SUNDAY -> 0.75;
        };
    }

    /** Signal a): extra login-crash feedback, as a share of the day's volume, growing with the rollout. */
    private static double spikeIntensity(int daysBeforeLast) {
        if (daysBeforeLast >= CRASH_WINDOW_DAYS) {
            return 0;
        }
        int dayOfSpike = CRASH_WINDOW_DAYS - 1 - daysBeforeLast; // 0 = first day of the window
        return 0.03 + 0.06 * dayOfSpike / (CRASH_WINDOW_DAYS - 1.0);
    }

    private static String hex(long value, int digits) {
        String s = Long.toHexString(value);
        return "0".repeat(Math.max(0, digits - s.length())) + s;
    }
}
