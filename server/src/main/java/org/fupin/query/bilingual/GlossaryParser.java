package org.fupin.query.bilingual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads glossary lines ({@code <chinese>\t<english>[|<english>...]}, {@code #} comments, blank lines) and rejects
 * anything else with the file and line number, because a silently skipped line is a translation users never get.
 */
final class GlossaryParser {

    private static final String FORMAT = "expected <chinese term><TAB><english>[|<english>...]";

    private GlossaryParser() {}

    /** The entries of one file, in file order; a source term may appear only once per file. */
    static List<GlossaryEntry> parse(String fileName, List<String> lines) {
        List<GlossaryEntry> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            GlossaryEntry entry = parseLine(fileName, lineNo, line);
            Integer earlier = firstLine.putIfAbsent(entry.source(), lineNo);
            if (earlier != null) {
                throw new GlossaryFormatException(
                        fileName,
                        lineNo,
                        "duplicate term \"" + entry.source() + "\" (first on line " + earlier + "); merge the targets"
                                + " into one line");
            }
            entries.add(entry);
        }
        return entries;
    }

    private static GlossaryEntry parseLine(String fileName, int lineNo, String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 2) {
            String found = columns.length == 1 ? "no tab" : (columns.length - 1) + " tabs";
            throw new GlossaryFormatException(fileName, lineNo, FORMAT + ", found " + found + ": \"" + line + "\"");
        }
        String source = columns[0].strip();
        if (source.isEmpty()) {
            throw new GlossaryFormatException(fileName, lineNo, "empty Chinese term: \"" + line + "\"");
        }
        if (!Scripts.containsHan(source)) {
            throw new GlossaryFormatException(
                    fileName, lineNo, "the term \"" + source + "\" has no Chinese characters; " + FORMAT);
        }
        if (source.chars().anyMatch(Character::isWhitespace)) {
            // The translator looks terms up in text without spaces, so a term with a space could never match.
            throw new GlossaryFormatException(fileName, lineNo, "the term \"" + source + "\" contains a space");
        }
        List<String> targets =
                Arrays.stream(columns[1].split("\\|", -1)).map(String::strip).toList();
        if (targets.stream().anyMatch(String::isEmpty)) {
            throw new GlossaryFormatException(fileName, lineNo, "empty English target: \"" + line + "\"");
        }
        for (String target : targets) {
            if (EnglishKeys.key(target).isEmpty()) {
                // Such a target would be dropped by the English analyzer and search nothing.
                throw new GlossaryFormatException(
                        fileName,
                        lineNo,
                        "the English target \"" + target + "\" has no searchable word (only stop words or symbols)");
            }
        }
        return new GlossaryEntry(source, targets, fileName + ":" + lineNo);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
