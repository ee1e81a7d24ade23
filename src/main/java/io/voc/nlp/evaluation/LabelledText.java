package io.voc.nlp.evaluation;

import io.voc.nlp.model.SentimentLabel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One line of an evaluation file: {@code label<TAB>text}, labels 0/1 or negative/neutral/positive. */
record LabelledText(SentimentLabel label, String text) {

    /** Reads a whole file; names the line of any that cannot be read. Blank lines, # comments and a
     * {@code label<TAB>text} header are skipped. */
    static List<LabelledText> read(Path file) throws IOException {
        List<LabelledText> all = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#") || (number == 1 && line.startsWith("label\t"))) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0 || line.substring(tab + 1).isBlank()) {
                throw new IllegalArgumentException(file + " line " + number + ": expected label<TAB>text");
            }
            try {
                all.add(new LabelledText(SentimentLabel.parse(line.substring(0, tab)), line.substring(tab + 1).strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + number + ": " + e.getMessage());
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no labelled line");
        }
        return all;
    }
}
