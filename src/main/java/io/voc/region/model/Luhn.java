package io.voc.region.model;

/**
 * The Luhn check digit every payment card number carries. It is what tells a card number from any other long
 * number: a random 16-digit number passes only one time in ten.
 */
public final class Luhn {
    private Luhn() {
    }

    /** Whether a string of ASCII digits (nothing else) passes the check; false for an empty string. */
    public static boolean passes(CharSequence digits) {
        if (digits.length() == 0) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("the Luhn check takes digits only (got '" + c + "')");
            }
            int digit = c - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
