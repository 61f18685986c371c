package org.fupin.figures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision and recall of extracted figures against a hand-checked list, overall and per unit kind.
 *
 * @param perUnit matched, listed and extracted counts per unit
 * @param missed  listed figures the extractor did not find
 * @param wrong   extracted figures the list does not have
 * @param strict  matches whose measure is the same word for word
 */
public record FigureEvaluation(Map<Unit, int[]> perUnit, List<String> missed, List<String> wrong, int strict) {

    private static final int MATCHED = 0;
    private static final int LISTED = 1;
    private static final int EXTRACTED = 2;

    /** Matches each listed figure with at most one extracted figure of the same section, value, unit and measure. */
    public static FigureEvaluation of(GoldenFigures golden, Map<String, List<Figure>> extracted) {
        Map<Unit, int[]> perUnit = new EnumMap<>(Unit.class);
        for (Unit u : Unit.values()) {
            perUnit.put(u, new int[3]);
        }
        List<String> missed = new ArrayList<>();
        int strict = 0;
        Map<String, List<Figure>> unmatched = new java.util.HashMap<>();
        extracted.forEach((id, figures) -> {
            unmatched.put(id, new ArrayList<>(figures));
            figures.forEach(f -> perUnit.get(f.unit())[EXTRACTED]++);
        });
        for (GoldenFigures.Expected e : golden.figures()) {
            perUnit.get(e.unit())[LISTED]++;
            List<Figure> candidates = unmatched.getOrDefault(e.section(), List.of());
            Figure hit = null;
            for (Figure f : candidates) {
                if (f.unit() == e.unit()
                        && f.value().compareTo(e.value()) == 0
                        && MeasureMatch.matches(e.measure(), f.measure())) {
                    hit = f;
                    break;
                }
            }
            if (hit == null) {
                missed.add(e.section() + "  " + e.value().toPlainString() + " "
                        + e.unit().label() + "  [" + e.measure() + "]  " + e.text());
            } else {
                candidates.remove(hit);
                perUnit.get(e.unit())[MATCHED]++;
                strict += MeasureMatch.same(e.measure(), hit.measure()) ? 1 : 0;
            }
        }
        List<String> wrong = new ArrayList<>();
        unmatched.forEach((id, figures) -> figures.forEach(f -> wrong.add(id + "  "
                + f.value().toPlainString() + " " + f.unit().label() + "  [" + f.measure() + "]  " + f.text())));
        return new FigureEvaluation(perUnit, missed, wrong, strict);
    }

    /** Matched figures over extracted figures, all units. */
    public double precision() {
        return ratio(MATCHED, EXTRACTED);
    }

    /** Matched figures over listed figures, all units. */
    public double recall() {
        return ratio(MATCHED, LISTED);
    }

    private double ratio(int num, int den) {
        int n = perUnit.values().stream().mapToInt(c -> c[num]).sum();
        int d = perUnit.values().stream().mapToInt(c -> c[den]).sum();
        return d == 0 ? 1.0 : (double) n / d;
    }

    /** A table per unit kind, then the missed and the wrong figures. */
    public String render() {
        StringBuilder out = new StringBuilder(table());
        out.append("missed (listed, not extracted):\n");
        missed.forEach(m -> out.append("  ").append(m).append('\n'));
        out.append("wrong (extracted, not listed):\n");
        wrong.forEach(w -> out.append("  ").append(w).append('\n'));
        return out.toString();
    }

    /** The table per unit kind with the overall precision and recall. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT, "%-18s %6s %6s %6s %9s %7s%n", "unit", "listed", "found", "match", "precision", "recall"));
        perUnit.forEach((u, c) -> out.append(String.format(
                Locale.ROOT,
                "%-18s %6d %6d %6d %9s %7s%n",
                u.label(),
                c[LISTED],
                c[EXTRACTED],
                c[MATCHED],
                pct(c[MATCHED], c[EXTRACTED]),
                pct(c[MATCHED], c[LISTED]))));
        out.append(String.format(
                Locale.ROOT,
                "%-18s %6s %6s %6s %8.1f%% %6.1f%%%n",
                "all",
                "",
                "",
                "",
                100 * precision(),
                100 * recall()));
        int matched = perUnit.values().stream().mapToInt(c -> c[MATCHED]).sum();
        out.append(String.format(
                Locale.ROOT, "measure word for word (not only the head word): %d of %d matches%n", strict, matched));
        return out.toString();
    }

    private static String pct(int num, int den) {
        return den == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * num / den);
    }
}
