package org.fupin.figures;

import java.util.List;
import java.util.Locale;

/**
 * Writes a section's figures as the compact JSON array the index stores with the section, so the server can answer
 * figure questions without parsing the text again. Offsets are into the section text, which the index stores too,
 * so the figure as written and its sentence are cut from it rather than stored twice ({@code qualifier} is left out
 * when there is none):
 * <pre>[{"value":71.18,"unit":"percent","measure":"repayment rate","sentence":[957,1043],"span":[1036,1042]},
 *  {"value":100,"unit":"percent","measure":"repayment rate","qualifier":"nearly","sentence":[…],"span":[…]}]</pre>
 * Hand-written rather than through Jackson because the indexer does not otherwise need a JSON library and the
 * shape is fixed.
 */
public final class FiguresJson {

    private FiguresJson() {}

    /** The JSON array of the figures, in text order. */
    public static String write(List<Figure> figures) {
        StringBuilder out = new StringBuilder(figures.size() * 160).append('[');
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            int sentenceEnd = f.sentenceStart() + f.sentence().length();
            out.append(i == 0 ? "" : ",").append("{\"value\":").append(f.value().toPlainString());
            field(out, "unit", f.unit().label());
            field(out, "measure", f.measure());
            if (f.qualifier() != Qualifier.NONE) {
                field(out, "qualifier", f.qualifier().label());
            }
            out.append(",\"sentence\":[")
                    .append(f.sentenceStart())
                    .append(',')
                    .append(sentenceEnd)
                    .append(']');
            out.append(",\"span\":[")
                    .append(f.sentenceStart() + f.start())
                    .append(',')
                    .append(f.sentenceStart() + f.end())
                    .append("]}");
        }
        return out.append(']').toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(",\"").append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
