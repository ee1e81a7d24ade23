package io.voc.search.model;

import java.util.regex.Pattern;

/**
 * Keeps a CSV cell from being run as a formula when the file is opened in Excel, LibreOffice or Google
 * Sheets (CSV injection, OWASP): a value starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return gets a single quote in front, so the spreadsheet shows it as text
 * ({@code =HYPERLINK("http://x","y")} becomes {@code '=HYPERLINK("http://x","y")}).
 *
 * <p>One exception: a plain negative number ({@code -2}, {@code -0.71}) stays as it is, because it cannot
 * carry a formula and a quote would turn the sentiment scores into text. Anything more than that is
 * guarded, even when it looks harmless: {@code -2+3} is a formula to a spreadsheet, {@code - crashes on
 * start} and {@code +1} are shown with the quote.
 */
public final class SpreadsheetCell {
    private static final String TRIGGERS = "=+-@\t\r";
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+(\\.\\d+)?");

    private SpreadsheetCell() {
    }

    /** The value as it may stand in a cell; null stays null (an empty cell). */
    public static String guard(String value) {
        if (value == null || value.isEmpty() || TRIGGERS.indexOf(value.charAt(0)) < 0
                || NEGATIVE_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
