package io.voc.card.model;

import java.util.regex.Pattern;

/**
 * Users' words (feedback, names, product keys) put into a chat message must read as written: never as
 * formatting, a link or a mention that pages a whole channel. Each provider's markup gets its own escaping,
 * and the broadcast mentions of every provider ({@code @channel}, {@code @here}, {@code @everyone},
 * {@code @all}, {@code @所有人}) get a zero-width space after the {@code @}, so they show but ping nobody.
 */
public final class ChatMarkup {
    private static final Pattern BROADCAST = Pattern.compile("@(?=(channel|here|everyone|all|所有人)\\b|所有人)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final String ZERO_WIDTH_SPACE = "\u200B";

    private ChatMarkup() {
    }

    /**
     * Slack mrkdwn: {@code & < >} are the only characters Slack's docs ask to escape; with them escaped,
     * {@code <!channel>}, {@code <@U123>} and {@code <http://x|text>} are plain text.
     */
    public static String slack(String text) {
        return neutralised(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }

    /**
     * Lark {@code lark_md}: HTML entities for the tag brackets (so {@code <at id=all></at>} and
     * {@code <a href>} are text) and for the characters of Markdown emphasis, code and links.
     */
    public static String lark(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&#60;");
                case '>' -> escaped.append("&#62;");
                case '*', '~', '`', '[', ']', '(', ')', '_', '#' -> escaped.append("&#").append((int) c).append(';');
                default -> escaped.append(c);
            }
        }
        return neutralised(escaped.toString());
    }

    /**
     * Text shown as plain text (Teams TextBlocks, Lark {@code plain_text}, the generic webhook JSON): no
     * markup to escape, only the broadcast mentions to defuse.
     */
    public static String plain(String text) {
        return neutralised(text);
    }

    private static String neutralised(String text) {
        return BROADCAST.matcher(text).replaceAll("@" + ZERO_WIDTH_SPACE);
    }
}
