package io.voc.query.model;

import io.voc.platform.model.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of a definition that may hold parameters, {@code {{name}}}, filled when the query runs: one
 * saved query serves every product or version. {@code field} is where the value sits in the definition,
 * so a problem with it names that place; a problem with a filled value names the parameter, since that
 * is what the caller has to change.
 */
public record Template(String field, String raw) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_]{0,63})\\s*}}");

    public Template {
        if (raw == null) {
            throw new IllegalArgumentException("a template needs its text");
        }
        // whatever still looks like a placeholder once the valid ones are gone is a typo, not a literal
        String rest = PLACEHOLDER.matcher(raw).replaceAll("");
        if (rest.contains("{{") || rest.contains("}}")) {
            throw new InvalidDefinitionException(field, field + " has a malformed parameter in '" + raw
                    + "'; write {{name}} with a letter first, then letters, digits or _");
        }
    }

    /** The parameters used, in order of appearance. */
    public Set<String> parameters() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(raw);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    public boolean isLiteral() {
        return parameters().isEmpty();
    }

    /** The text with every parameter replaced by its value; a 400 naming {@code parameters.<name>} when one is missing. */
    public String fill(Map<String, String> values) {
        return fill(values, java.util.function.UnaryOperator.identity());
    }

    /**
     * The text with every parameter replaced by its value as {@code written} writes it (a query language's
     * literal: the value can never become part of the statement); a 400 naming {@code parameters.<name>} when
     * one is missing.
     */
    public String fill(Map<String, String> values, java.util.function.UnaryOperator<String> written) {
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                throw new InvalidInputException("parameters." + name, "parameter '" + name + "' is "
                        + (value == null ? "missing" : "blank") + "; the query uses it in " + field);
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(written.apply(value.strip())));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    /**
     * The filled value read by {@code reader}, whose rules are the field's. A literal that breaks them is the
     * definition's fault (named by {@link #field}); a filled one, the parameter's.
     */
    public <T> T read(Map<String, String> values, Function<String, T> reader) {
        String filled = fill(values);
        try {
            return reader.apply(filled);
        } catch (InvalidInputException e) {
            if (isLiteral()) {
                throw new InvalidDefinitionException(field, e.getMessage());
            }
            String name = parameters().iterator().next();
            throw new InvalidInputException("parameters." + name,
                    e.getMessage() + " (" + field + " is filled from {{" + name + "}})");
        }
    }

    /** Checks a literal now, with the field's rules; a value with parameters is checked once filled. */
    public void checkIfLiteral(Function<String, ?> reader) {
        if (isLiteral()) {
            read(Map.of(), reader);
        }
    }
}
