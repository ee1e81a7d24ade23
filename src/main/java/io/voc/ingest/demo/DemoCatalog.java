package io.voc.ingest.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The made-up world the demo feedback comes from: products and their releases, regions and their
 * locales, devices, cities and money. Lists only (never iterated maps): iteration order must not
 * depend on the JVM, or the same seed would not give the same data.
 */
final class DemoCatalog {
    static final String AURORA = "aurora-music";
    static final String POCKETBANK = "pocketbank";
    static final String TRIPNEST = "tripnest";
    static final List<String> PRODUCTS = List.of(AURORA, POCKETBANK, TRIPNEST);

    static final String US = "us";
    static final String EU = "eu";
    static final String APAC = "apac";
    static final String CN = "cn";
    static final List<String> REGIONS = List.of(US, EU, APAC, CN);
    /** China's share (with a little zh-CN from apac) makes about 12% of texts Simplified Chinese. */
    static final double[] REGION_WEIGHTS = {0.37, 0.31, 0.21, 0.11};

    static final String IOS = "ios";
    static final String ANDROID = "android";
    static final String WEB = "web";

    private DemoCatalog() {
    }

    /** A version and the day it reached the stores, counted back from the last day of data. */
    record Release(String version, int daysBeforeLastDay) {
    }

    /**
     * Releases every four to six weeks, reaching back more than a year so that any window of up to
     * 365 days has versions; iOS and Android ship the same version on the same day.
     */
    static List<Release> releases(String product) {
        return switch (product) {
            case AURORA -> List.of(r("4.6.0", 400), r("4.7.0", 365), r("4.8.0", 330), r("4.8.2", 300),
                    r("4.9.0", 265), r("5.0.0", 230), r("5.0.3", 200), r("5.1.0", 165), r("5.1.4", 130),
                    r("5.2.0", 95), r("5.2.1", 68), r("5.3.0", 45), r("5.3.1", 22), r("5.4.0", 7));
            case POCKETBANK -> List.of(r("3.0.0", 400), r("3.1.0", 360), r("3.2.0", 320), r("3.3.0", 285),
                    r("3.4.0", 250), r("3.5.0", 210), r("3.5.1", 190), r("3.6.0", 150), r("3.7.0", 115),
                    r("3.7.2", 85), r("3.8.0", 58), r("3.8.1", 35), r("3.9.0", 12));
            case TRIPNEST -> List.of(r("2.6.0", 410), r("2.7.0", 370), r("2.8.0", 330), r("2.9.0", 290),
                    r("2.10.0", 250), r("2.11.0", 210), r("2.12.0", 170), r("2.12.3", 140), r("2.13.0", 105),
                    r("2.13.5", 75), r("2.14.0", 48), r("2.14.2", 26), r("2.15.0", 4));
            default -> throw new IllegalArgumentException(product);
        };
    }

    private static Release r(String version, int daysBeforeLastDay) {
        return new Release(version, daysBeforeLastDay);
    }

    /** Locales spoken in a region, with weights. */
    static List<String> locales(String region) {
        return switch (region) {
            case US -> List.of("en-US");
            case EU -> List.of("en-GB", "de-DE", "fr-FR", "es-ES");
            case APAC -> List.of("en-AU", "zh-CN", "en-GB");
            case CN -> List.of("zh-CN");
            default -> throw new IllegalArgumentException(region);
        };
    }

    static double[] localeWeights(String region) {
        return switch (region) {
            case US, CN -> new double[] {1};
            case EU -> new double[] {0.66, 0.16, 0.11, 0.07};
            case APAC -> new double[] {0.90, 0.06, 0.04};
            default -> throw new IllegalArgumentException(region);
        };
    }

    /** The phrase table language of a locale. */
    static String language(String locale) {
        return locale.substring(0, 2);
    }

    /** Offsets (hours from UTC) people of a region live in, with weights: times of day are local. */
    static int utcOffset(String region, SplittableRandom rng) {
        return switch (region) {
            case US -> pick(rng, List.of(-5, -6, -8), 0.5, 0.2, 0.3);
            case EU -> pick(rng, List.of(1, 0), 0.85, 0.15);
            case APAC -> pick(rng, List.of(10, 8, 12), 0.7, 0.2, 0.1);
            case CN -> 8;
            default -> throw new IllegalArgumentException(region);
        };
    }

    /** The ISO country of a user, consistent with region and locale. */
    static String country(String region, String locale, SplittableRandom rng) {
        return switch (locale) {
            case "en-US" -> "US";
            case "de-DE" -> pick(rng, List.of("DE", "AT"), 0.85, 0.15);
            case "fr-FR" -> pick(rng, List.of("FR", "BE"), 0.9, 0.1);
            case "es-ES" -> "ES";
            case "en-AU" -> pick(rng, List.of("AU", "NZ", "SG"), 0.75, 0.15, 0.10);
            case "zh-CN" -> CN.equals(region) ? "CN" : "SG";
            case "en-GB" -> APAC.equals(region) ? pick(rng, List.of("SG", "HK"), 0.6, 0.4)
                    : pick(rng, List.of("GB", "IE", "NL"), 0.8, 0.1, 0.1);
            default -> throw new IllegalArgumentException(locale);
        };
    }

    static String device(String platform, String region, SplittableRandom rng) {
        List<String> devices = switch (platform) {
            case IOS -> List.of("iPhone 16 Pro", "iPhone 16", "iPhone 15 Pro", "iPhone 15", "iPhone 14", "iPhone 13",
                    "iPhone 13 mini", "iPhone SE", "iPhone 12", "iPad Air");
            case ANDROID -> CN.equals(region)
                    ? List.of("Xiaomi 14", "Redmi K70", "Huawei Mate 60", "Huawei P60", "OPPO Find X7", "vivo X100",
                            "Honor Magic6")
                    : List.of("Pixel 9", "Pixel 8", "Pixel 8a", "Pixel 7a", "Galaxy S24", "Galaxy S24 Ultra",
                            "Galaxy S23", "Galaxy A54", "Galaxy A15", "OnePlus 12", "Xiaomi 14", "Motorola Edge 40");
            default -> List.of("Chrome", "Safari", "Firefox", "Edge");
        };
        return devices.get(rng.nextInt(devices.size()));
    }

    static String osVersion(String platform, SplittableRandom rng) {
        return switch (platform) {
            case IOS -> pick(rng, List.of("18.2", "18.1", "18.0", "17.6", "17.5", "16.7"), 0.3, 0.25, 0.1, 0.2,
                    0.08, 0.07);
            case ANDROID -> pick(rng, List.of("15", "14", "13", "12"), 0.25, 0.4, 0.25, 0.1);
            default -> throw new IllegalArgumentException(platform);
        };
    }

    static String browserVersion(String browser, SplittableRandom rng) {
        return switch (browser) {
            case "Safari" -> pick(rng, List.of("18.2", "18.1", "17.6"), 0.4, 0.4, 0.2);
            case "Firefox" -> pick(rng, List.of("133", "132"), 0.6, 0.4);
            default -> pick(rng, List.of("131", "130"), 0.7, 0.3);
        };
    }

    /** Cities for travel and banking stories, in the words of the locale. */
    static List<String> cities(String region, String locale) {
        return switch (locale) {
            case "de-DE" -> List.of("Lissabon", "Wien", "München", "Hamburg", "Rom", "Prag");
            case "fr-FR" -> List.of("Lisbonne", "Lyon", "Nice", "Bordeaux", "Rome", "Barcelone");
            case "es-ES" -> List.of("Lisboa", "Sevilla", "Valencia", "Roma", "Oporto", "Málaga");
            case "zh-CN" -> List.of("成都", "杭州", "西安", "厦门", "三亚", "大理", "青岛", "新加坡", "曼谷");
            default -> switch (region) {
                case US -> List.of("Chicago", "Denver", "New Orleans", "Seattle", "Miami", "Austin", "Boston");
                case APAC -> List.of("Melbourne", "Tokyo", "Singapore", "Auckland", "Bali", "Seoul");
                default -> List.of("Lisbon", "Barcelona", "Edinburgh", "Amsterdam", "Prague", "Copenhagen", "Rome");
            };
        };
    }

    /** A plausible amount for the product, written the way the locale writes money. */
    static String amount(String product, String locale, SplittableRandom rng) {
        List<String> values = switch (product) {
            case AURORA -> List.of("10.99", "16.99", "5.99", "17.99", "11.99");
            case POCKETBANK -> List.of("12.40", "48.90", "230.00", "75.15", "9.99", "1,200.00", "650.00", "34.50");
            default -> List.of("45", "89", "120", "214", "386", "540", "32");
        };
        return money(locale, values.get(rng.nextInt(values.size())));
    }

    /** The Premium price before and after the aurora-music price change (signal b). */
    static String[] premiumPrices(String locale) {
        return switch (locale) {
            case "en-US" -> new String[] {"$10.99", "$12.99"};
            case "en-GB" -> new String[] {"£11.99", "£12.99"};
            case "en-AU" -> new String[] {"A$13.99", "A$15.99"};
            case "zh-CN" -> new String[] {"15元", "18元"};
            default -> new String[] {"10,99 €", "12,99 €"};
        };
    }

    private static String money(String locale, String value) {
        return switch (locale) {
            case "en-US" -> "$" + value;
            case "en-GB" -> "£" + value;
            case "en-AU" -> "A$" + value;
            // Yuan amounts are smaller numbers in practice; whole yuan read naturally.
            case "zh-CN" -> Math.round(Double.parseDouble(value.replace(",", "")) * 7) + "元";
            // 1,200.00 -> 1.200,00 €
            default -> value.replace(",", "_").replace(".", ",").replace("_", ".") + " €";
        };
    }

    static final List<String> ARTISTS = List.of("Nova Lark", "The Tidelines", "Mira Okafor", "Glass Harbor",
            "DJ Sundial", "Kestrel & Vine", "Lumen Choir", "Paper Satellites", "Ana Rivers", "Northbound Static");
    static final List<String> PLAYLISTS = List.of("Morning Focus", "Deep Work", "Late Night Drive", "Chill Sundays",
            "Running Mix", "Discover Weekly Picks", "Rainy Day Jazz");
    static final List<String> MERCHANTS = List.of("the supermarket", "a petrol station", "an online shop",
            "a coffee place", "the pharmacy", "a ride-hailing app", "my gym");
    static final List<String> HOTELS = List.of("the Harbourview Inn", "Hotel Meridian", "the Juniper Suites",
            "Casa Albero", "the Old Mill Lodge", "Parkside Residences", "Hotel Lumen");
    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    static String carLink(String platform, String language, SplittableRandom rng) {
        int i = rng.nextInt(3);
        boolean ios = IOS.equals(platform);
        return switch (language) {
            case "de" -> List.of(ios ? "CarPlay" : "Android Auto", "meinen Kopfhörern", "dem Bluetooth im Auto").get(i);
            case "fr" -> List.of(ios ? "à CarPlay" : "à Android Auto", "à mon casque Bluetooth",
                    "au Bluetooth de la voiture").get(i);
            case "es" -> List.of(ios ? "CarPlay" : "Android Auto", "mis auriculares Bluetooth",
                    "el Bluetooth del coche").get(i);
            case "zh" -> List.of(ios ? "CarPlay" : "车机", "蓝牙耳机", "车载蓝牙").get(i);
            default -> List.of(ios ? "CarPlay" : "Android Auto", "my Bluetooth headphones", "my car's Bluetooth")
                    .get(i);
        };
    }

    /** One of {@code values}, chosen with the given relative weights. */
    static <T> T pick(SplittableRandom rng, List<T> values, double... weights) {
        if (values.size() != weights.length) {
            throw new IllegalArgumentException("one weight per value");
        }
        return values.get(pickIndex(rng, weights));
    }

    /** An index into {@code weights}, chosen with those relative weights. */
    static int pickIndex(SplittableRandom rng, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static <T> T any(SplittableRandom rng, List<T> values) {
        return values.get(rng.nextInt(values.size()));
    }
}
