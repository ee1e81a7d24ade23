package io.voc.query.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A saved query written in HiveQL, run in the warehouse: one {@code SELECT} (or {@code WITH ... SELECT}) over the
 * tables {@code feedback} and {@code user_profile} by their short names, with {@code {{parameters}}} where values
 * go. What it may read is checked when it is saved: a qualified or unknown table, a second statement or a
 * statement that changes anything is refused, so that {@link #scopedTo} can put the runner's view of those two
 * tables in front of it and the product scope holds in the warehouse too.
 */
public record HiveQl(Template text) {
    public static final int MAX_LENGTH = 20_000;
    public static final Set<String> TABLES = Set.of("feedback", "user_profile");
    private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern COMMENT = Pattern.compile("--[^\\n]*");
    /** Names (with their dots and backticks), parentheses, commas, and anything else one character at a time. */
    private static final Pattern TOKEN = Pattern.compile("[`\\w.$]+|[(),]|[^\\s`\\w.$(),]");
    private static final Set<String> SOURCE_END = Set.of("where", "group", "order", "limit", "join", "left", "right",
            "full", "inner", "cross", "outer", "semi", "anti", "lateral", "union", "having", "window", "cluster",
            "distribute", "sort", "on", "using", "tablesample", "except", "intersect");
    private static final Pattern CTE = Pattern.compile("(?i)(?:\\bwith|,)\\s*(\\w+)\\s+as\\s*\\(");
    private static final Pattern CHANGES = Pattern.compile("(?i)\\b(insert|overwrite|drop|create|alter|truncate|"
            + "load|delete|update|merge|grant|revoke|msck|export|import|set|reload|add|dfs|compile)\\b");

    public HiveQl {
        if (text == null || text.raw().isBlank()) {
            throw new InvalidDefinitionException("hiveql", "hiveql is empty");
        }
        if (text.raw().length() > MAX_LENGTH) {
            throw new InvalidDefinitionException("hiveql", "hiveql must be at most " + MAX_LENGTH + " characters");
        }
        check(code(text.raw()));
    }

    public static HiveQl of(String hiveql) {
        return new HiveQl(new Template("hiveql", hiveql == null ? "" : hiveql));
    }

    public Set<String> parameters() {
        return text.parameters();
    }

    /**
     * The statement to run for a caller who may see only {@code products} (null: every product), in warehouse
     * {@code database}: the two tables replaced by views of what the caller may see, the parameters filled as
     * literals by {@code literal}.
     */
    public String scopedTo(String database, Set<String> products, Map<String, String> values,
            UnaryOperator<String> literal) {
        String where = products == null ? "" : products.isEmpty() ? " WHERE false"
                : " WHERE product IN (" + String.join(", ", products.stream().sorted().map(literal).toList()) + ")";
        String views = "feedback AS (SELECT * FROM " + database + ".feedback" + where + "), user_profile AS ("
                + "SELECT * FROM " + database + ".user_profile)";
        String body = text.fill(values, literal).strip();
        if (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1);
        }
        Matcher with = Pattern.compile("(?is)^\\s*with\\s+").matcher(body);
        return with.find() ? "WITH " + views + ", " + body.substring(with.end()) : "WITH " + views + "\n" + body;
    }

    /** The query without its string literals and comments: what is left is what it does. */
    private static String code(String raw) {
        String code = STRING.matcher(raw).replaceAll("''");
        return COMMENT.matcher(code).replaceAll(" ");
    }

    private static void check(String code) {
        String trimmed = code.strip();
        if (trimmed.endsWith(";")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.contains(";")) {
            throw new InvalidDefinitionException("hiveql", "hiveql is one statement: no ';' between statements");
        }
        String first = trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        if (!first.equals("select") && !first.equals("with")) {
            throw new InvalidDefinitionException("hiveql", "hiveql is a SELECT (or WITH ... SELECT); it starts with '"
                    + first + "'");
        }
        Matcher change = CHANGES.matcher(trimmed);
        if (change.find()) {
            throw new InvalidDefinitionException("hiveql", "hiveql only reads: '" + change.group(1)
                    + "' is not allowed in a saved query");
        }
        Set<String> named = new LinkedHashSet<>(TABLES);
        Matcher cte = CTE.matcher(trimmed);
        while (cte.find()) {
            named.add(cte.group(1).toLowerCase(Locale.ROOT));
        }
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(trimmed);
        while (token.find()) {
            tokens.add(token.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).toLowerCase(Locale.ROOT);
            if (!word.equals("from") && !word.equals("join")
                    || i >= 3 && tokens.get(i - 3).equalsIgnoreCase("extract") && tokens.get(i - 2).equals("(")) {
                continue; // extract(day FROM created_at) reads no table
            }
            // the sources after FROM (a list: "a, b") or JOIN (one); a subquery's own FROM is checked in its turn
            int j = i + 1;
            while (j < tokens.size()) {
                String source = tokens.get(j);
                if (!source.equals("(")) {
                    String table = source.replace("`", "").toLowerCase(Locale.ROOT);
                    if (!named.contains(table)) {
                        throw new InvalidDefinitionException("hiveql", "hiveql reads only the tables feedback and "
                                + "user_profile, by these names (got '" + source + "')");
                    }
                    j++;
                } else {
                    j = afterParenthesis(tokens, j);
                }
                while (j < tokens.size() && !tokens.get(j).equals(",") && !ends(tokens.get(j))) {
                    j++; // an alias
                }
                if (!word.equals("from") || j >= tokens.size() || !tokens.get(j).equals(",")) {
                    break;
                }
                j++;
            }
        }
    }

    /** A token that ends a source: a clause, a join, a parenthesis. */
    private static boolean ends(String token) {
        return token.equals("(") || token.equals(")") || SOURCE_END.contains(token.toLowerCase(Locale.ROOT));
    }

    private static int afterParenthesis(List<String> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            if (tokens.get(k).equals("(")) {
                depth++;
            } else if (tokens.get(k).equals(")") && --depth == 0) {
                return k + 1;
            }
        }
        return tokens.size();
    }
}
