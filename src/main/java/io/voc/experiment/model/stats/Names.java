package io.voc.experiment.model.stats;

import io.voc.platform.model.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads an enum from the name a caller writes, with one message for every choice of this package. */
final class Names {
    private Names() {
    }

    static <E extends Enum<E>> E parse(E[] values, Function<E, String> wireName, String field, String value) {
        for (E e : values) {
            if (value != null && wireName.apply(e).equals(value.strip().toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        String choices = Arrays.stream(values).map(wireName).collect(Collectors.joining(", "));
        throw new InvalidInputException(field, field + " must be one of " + choices + " (got "
                + (value == null ? "nothing" : "'" + value + "'") + ")");
    }
}
