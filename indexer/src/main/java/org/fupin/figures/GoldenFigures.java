package org.fupin.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A hand-checked figure list ({@code figures.expected.tsv}, and the held-out {@code figures.heldout.tsv}): what the
 * seed sections state, read by a person; the extractor is measured against it by {@link FigureEvaluation}.
 *
 * @param sections the listed sections, each with every figure it states
 * @param figures  the listed figures
 */
public record GoldenFigures(Set<String> sections, List<Expected> figures) {

    /** One listed figure. */
    public record Expected(
            String section, BigDecimal value, Unit unit, String measure, String qualifier, String text) {}

    /** Classpath location of the main list. */
    public static final String MAIN = "/org/fupin/figures/figures.expected.tsv";
    /** Classpath location of the held-out list, written before its sections were ever extracted. */
    public static final String HELD_OUT = "/org/fupin/figures/figures.heldout.tsv";

    /** Reads the main list. */
    public static GoldenFigures load() {
        return load(MAIN);
    }

    /** Reads a list from the classpath. */
    public static GoldenFigures load(String resource) {
        try (InputStream in = GoldenFigures.class.getResourceAsStream(resource)) {
            String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Set<String> sections = new LinkedHashSet<>();
            List<Expected> figures = new ArrayList<>();
            for (String line : tsv.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                sections.add(f[0]);
                if (f[1].equals("none")) {
                    continue;
                }
                Unit unit = Unit.ofLabel(f[2]).orElseThrow(() -> new IllegalArgumentException("unit: " + line));
                figures.add(new Expected(f[0], new BigDecimal(f[1]), unit, f[3], f[4], f[5]));
            }
            return new GoldenFigures(sections, figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
