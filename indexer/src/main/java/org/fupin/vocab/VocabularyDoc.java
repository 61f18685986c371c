package org.fupin.vocab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes docs/vocabulary.md from {@link Program}, {@link Province} and {@link Language}, so the document readers look
 * values up in is the code's list; a test fails when the checked-in file differs.
 */
public final class VocabularyDoc {

    private VocabularyDoc() {}

    /** {@code VocabularyDoc [docs/vocabulary.md]}: rewrites the file. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/vocabulary.md");
        Files.writeString(target, markdown(), StandardCharsets.UTF_8);
        System.out.println("wrote " + target.toAbsolutePath());
    }

    /** The whole document. */
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Facet vocabularies\n\n")
                .append(
                        "<!-- Generated from org.fupin.vocab (Program, Province, Language) by VocabularyDoc; do not edit.")
                .append(
                        " Regenerate: ./mvnw -q -pl indexer test -Dtest=VocabularyDocTest -Dvocabulary.update=true -->\n\n")
                .append("The canonical values of the facets. The API takes and returns the ids in the first column")
                .append(" (`program=mutual-funds`, `province=Inner Mongolia`); the labels are what the search page")
                .append(
                        " shows (`label_en`, `label_zh`, and `label` in the language asked for). A `province` parameter")
                .append(" also takes the Chinese name, in any case.\n\n");
        out.append("## program\n\n")
                .append("Multi-valued: a section may carry several programs, or none. A heading that names a program")
                .append(
                        " always tags it; body text tags a program only when the section is substantially about it.\n\n")
                .append("| id | English label | Chinese label | what belongs |\n|---|---|---|---|\n");
        for (Program p : Program.values()) {
            row(out, code(p.id()), p.english(), p.chinese(), p.scope());
        }
        out.append("\n## province\n\n")
                .append("Single-valued: the province-level unit whose chapter the section belongs to. The value is")
                .append(" the English name.\n\n")
                .append("| value | English label | Chinese label |\n|---|---|---|\n");
        for (Province p : Province.values()) {
            row(out, code(p.english()), p.english(), p.chinese());
        }
        out.append("\n## year\n\n")
                .append(
                        "The year the chapter reports on (e.g. 2011, 2012), not the year of publication; `year=2010-2012`")
                .append(" is an inclusive range.\n\n");
        out.append("## lang (a section's language)\n\n").append("| code | language |\n|---|---|\n");
        for (Language l : Language.values()) {
            row(out, code(l.code()), l == Language.EN ? "English" : "Chinese");
        }
        return out.toString();
    }

    /** One table row: {@code | a | b | … |}. */
    private static void row(StringBuilder out, String... cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }

    private static String code(String value) {
        return "`" + value + "`";
    }
}
