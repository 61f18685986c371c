package org.fupin.query.bilingual;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Chinese–English glossary: the bundled {@code glossary.tsv} plus an optional user file whose lines replace
 * bundled lines for the same term. Offers longest-match lookup of Chinese text and a reverse index from English
 * phrases (normalised like the English fields) to Chinese terms. Immutable and thread-safe.
 */
public final class Glossary {

    /** Classpath location of the bundled glossary. */
    public static final String BUNDLED_RESOURCE = "/org/fupin/query/bilingual/glossary.tsv";

    private final Map<String, GlossaryEntry> bySource;
    private final int maxSourceLength;
    private final Map<String, List<String>> sourcesByKey;
    private final int maxKeyWords;

    private Glossary(Collection<GlossaryEntry> entries) {
        Map<String, GlossaryEntry> sources = new LinkedHashMap<>();
        entries.forEach(e -> sources.put(e.source(), e));
        this.bySource = Map.copyOf(sources);

        Map<String, List<String>> reverse = new LinkedHashMap<>();
        int longest = 0;
        int widest = 0;
        for (GlossaryEntry entry : sources.values()) {
            longest = Math.max(longest, entry.source().length());
            for (String target : entry.targets()) {
                List<String> tokens = EnglishKeys.tokens(target);
                widest = Math.max(widest, tokens.size());
                List<String> chinese = reverse.computeIfAbsent(String.join(" ", tokens), k -> new ArrayList<>());
                if (!chinese.contains(entry.source())) {
                    chinese.add(entry.source());
                }
            }
        }
        reverse.replaceAll((k, v) -> List.copyOf(v));
        this.sourcesByKey = Map.copyOf(reverse);
        this.maxSourceLength = longest;
        this.maxKeyWords = widest;
    }

    /** The bundled glossary alone. */
    public static Glossary bundled() {
        return new Glossary(readBundled());
    }

    /**
     * The bundled glossary extended by the user's file, whose lines replace bundled lines for the same Chinese term.
     *
     * @param extraFile a UTF-8 file in the glossary format, or null for none
     * @throws IOException              when the file cannot be read or is not UTF-8
     * @throws GlossaryFormatException  naming the file and line of the first malformed line
     */
    public static Glossary load(Path extraFile) throws IOException {
        List<GlossaryEntry> entries = new ArrayList<>(readBundled());
        if (extraFile != null) {
            entries.addAll(GlossaryParser.parse(extraFile.toString(), readUtf8(extraFile)));
        }
        return new Glossary(entries);
    }

    /** A glossary from text in the glossary format; {@code fileName} only names the source in error messages. */
    public static Glossary parse(String fileName, String text) {
        return new Glossary(GlossaryParser.parse(fileName, text.lines().toList()));
    }

    /** Number of distinct Chinese terms. */
    public int size() {
        return bySource.size();
    }

    /** Every entry (one per Chinese term), for vocabularies built from the glossary such as suggestions. */
    public Collection<GlossaryEntry> entries() {
        return bySource.values();
    }

    /** The entry for exactly this Chinese term. */
    public Optional<GlossaryEntry> lookup(String chinese) {
        return Optional.ofNullable(bySource.get(chinese));
    }

    /** The entry with the longest source term that starts at {@code from} in {@code text}, if any. */
    public Optional<GlossaryEntry> longestMatchAt(String text, int from) {
        int limit = Math.min(maxSourceLength, text.length() - from);
        for (int length = limit; length > 0; length--) {
            GlossaryEntry entry = bySource.get(text.substring(from, from + length));
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The Chinese terms that have {@code english} as a target, compared after English analysis; may be empty. */
    public List<String> sourcesFor(String english) {
        return sourcesForKey(EnglishKeys.key(english));
    }

    List<String> sourcesForKey(String key) {
        return key.isEmpty() ? List.of() : sourcesByKey.getOrDefault(key, List.of());
    }

    /** The most analysed words in any target, which bounds the reverse longest-match window. */
    int maxTargetWords() {
        return maxKeyWords;
    }

    private static List<GlossaryEntry> readBundled() {
        try (InputStream in = Glossary.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled glossary missing from the classpath: " + BUNDLED_RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return GlossaryParser.parse("glossary.tsv (bundled)", text.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled glossary", e);
        }
    }

    /** Strict UTF-8, because a mis-decoded Chinese term would silently never match. */
    private static List<String> readUtf8(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.lines().toList();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text (save the glossary as UTF-8)", e);
        }
    }
}
