package io.voc.region.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal data every region scrubs: e-mail addresses, national IDs, payment cards and phone numbers. The
 * patterns look only at ASCII letters and digits around a match, so Chinese or Japanese text written right
 * against the data ({@code 请拨打13800138000联系我}) is scrubbed the same as English with spaces.
 *
 * <p>Known limit: full-width digits ({@code １３８００１３８０００}) are not recognised.
 */
public final class BuiltInDetectors {
    public static final String EMAIL = "EMAIL";
    public static final String PHONE = "PHONE";
    public static final String NATIONAL_ID = "NATIONAL_ID";

    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    /** US social security number, dashes only; the area 000, 666 and 900-999 and zero groups do not exist. */
    private static final Pattern US_SSN = Pattern.compile("(?<![0-9-])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![0-9-])");
    /** Singapore NRIC (S, T) and FIN (F, G, M): a letter, seven digits, a check letter; any case. */
    private static final Pattern SG_NRIC = Pattern.compile(
            "(?<![A-Za-z0-9])[STFGMstfgm][0-9]{7}[A-Za-z](?![A-Za-z0-9])");
    /** UK National Insurance number, capitals, optionally spaced in pairs (AB 12 34 56 C). */
    private static final Pattern UK_NINO = Pattern.compile(
            "(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
                    + " ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?![A-Za-z0-9])");
    /** Chinese resident identity card: 18 characters with a birth date inside and an ISO 7064 check character. */
    private static final Pattern CN_RESIDENT_ID = Pattern.compile(
            "(?<![A-Za-z0-9])[1-9][0-9]{16}[0-9Xx](?![A-Za-z0-9])");

    /**
     * International ({@code +65 9123 4567}, {@code +1 (555) 123-4567}, {@code +8613800138000}) or national
     * ({@code (555) 123-4567}, {@code 138-0013-8000}, {@code 020 7946 0958}, {@code 91234567}). After the first
     * group every group has at least two digits, so a rating right after a number ("... 5 stars") is not eaten.
     * Not glued to a letter, '#', '/', '.', '_' or '@': that is an order number, a path, a version or an address.
     */
    private static final Pattern PHONE_NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9#+./_@-])(?:"
                    + "\\+[0-9]{1,3}+(?:[ .-]?\\([0-9]{1,4}+\\))?[ .-]?[0-9]{1,4}+(?:[ .-]?[0-9]{2,4}+)*+"
                    + "|(?:\\([0-9]{2,5}+\\)[ .-]?)?[0-9]{2,}+(?:[ .-][0-9]{2,}+)*+"
                    + ")(?![0-9])");
    private static final int PHONE_MIN_DIGITS = 8;
    private static final String CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int PHONE_MAX_DIGITS = 15;
    private static final Pattern DATE = Pattern.compile(
            "(?<![0-9])(?:(?:19|20)[0-9]{2}([-. ])[0-9]{1,2}\\1[0-9]{1,2}"
                    + "|[0-9]{1,2}([-. ])[0-9]{1,2}\\2(?:19|20)[0-9]{2})(?![0-9])");
    private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)[0-9]{2}[ -]+(?:19|20)[0-9]{2}");
    private static final Pattern COMPACT_DATE = Pattern.compile("((?:19|20)[0-9]{2})([0-9]{2})([0-9]{2})");
    private static final Pattern DOTTED_THOUSANDS = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{3})+");

    private BuiltInDetectors() {
    }

    public static PiiDetector emails() {
        return new PatternDetector(EMAIL, EMAIL_ADDRESS, match -> true,
                MatchScope.of(MatchScope.LETTERS + MatchScope.DIGITS + "._%+-@", 0, '@'));
    }

    /** One detector per national ID format, all typed {@code NATIONAL_ID}; they run in this order. */
    public static List<PiiDetector> nationalIds() {
        return List.of(
                new PatternDetector(NATIONAL_ID, CN_RESIDENT_ID, BuiltInDetectors::isChineseResidentId,
                        MatchScope.of(MatchScope.DIGITS + "Xx", 17)),
                new PatternDetector(NATIONAL_ID, US_SSN, BuiltInDetectors::isUsSsn, MatchScope.of(MatchScope.DIGITS + "-", 9)),
                new PatternDetector(NATIONAL_ID, SG_NRIC, match -> true,
                        MatchScope.of(MatchScope.LETTERS + MatchScope.DIGITS, 7)),
                new PatternDetector(NATIONAL_ID, UK_NINO, match -> true,
                        MatchScope.of(CAPITALS + MatchScope.DIGITS + " ", 6)));
    }

    public static PiiDetector cards() {
        return new CardNumberDetector();
    }

    public static PiiDetector phones() {
        return new PatternDetector(PHONE, PHONE_NUMBER, BuiltInDetectors::isPhoneNumber,
                MatchScope.of(MatchScope.DIGITS + "+() .-", PHONE_MIN_DIGITS));
    }

    /** 8-15 digits (E.164 allows at most 15), and not a date, a span of years or a dotted thousands number. */
    static boolean isPhoneNumber(String match) {
        int digits = digitCount(match);
        if (digits < PHONE_MIN_DIGITS || digits > PHONE_MAX_DIGITS) {
            return false;
        }
        if (match.startsWith("+")) {
            return true;
        }
        return !DATE.matcher(match).find() && !YEAR_RANGE.matcher(match).matches()
                && !isCompactDate(match) && !DOTTED_THOUSANDS.matcher(match).matches();
    }

    private static boolean isCompactDate(String match) {
        Matcher date = COMPACT_DATE.matcher(match);
        if (!date.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static boolean isUsSsn(String match) {
        int area = Integer.parseInt(match.substring(0, 3));
        return area != 0 && area != 666 && area < 900 && !match.startsWith("00", 4) && !match.endsWith("0000");
    }

    /** A real birth date at positions 7-14 and the ISO 7064 MOD 11-2 check character at the end. */
    static boolean isChineseResidentId(String match) {
        try {
            LocalDate.of(Integer.parseInt(match.substring(6, 10)), Integer.parseInt(match.substring(10, 12)),
                    Integer.parseInt(match.substring(12, 14)));
        } catch (DateTimeException e) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (match.charAt(i) - '0') * weights[i];
        }
        char expected = "10X98765432".charAt(sum % 11);
        return Character.toUpperCase(match.charAt(17)) == expected;
    }

    private static int digitCount(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits;
    }
}
