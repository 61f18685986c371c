package org.fupin.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A folder of UTF-8 {@code .txt} reports, read strictly: a byte sequence that is not UTF-8 is an error, never replaced. */
public final class Corpus {

    private final Path folder;
    private final List<Path> files;

    private Corpus(Path folder, List<Path> files) {
        this.folder = folder;
        this.files = List.copyOf(files);
    }

    /** Lists the reports in a folder, failing clearly when the folder is missing, unreadable or holds no reports. */
    public static Corpus open(Path folder) throws CorpusException {
        if (!Files.exists(folder)) {
            throw new CorpusException("input folder does not exist: " + folder.toAbsolutePath());
        }
        if (!Files.isDirectory(folder)) {
            throw new CorpusException("input is not a folder: " + folder.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CorpusException("cannot list input folder " + folder.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CorpusException("input folder holds no .txt reports: " + folder.toAbsolutePath());
        }
        return new Corpus(folder, files);
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /** The report files, sorted by name. */
    public List<Path> files() {
        return files;
    }

    /** Reads one report as strict UTF-8 (a leading byte-order mark is dropped). */
    public static String read(Path file) throws CorpusException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CorpusException("report disappeared while reading: " + file, e);
        } catch (IOException e) {
            throw new CorpusException("cannot read report " + file + ": " + e.getMessage(), e);
        }
        // The JDK's String decoding is several times faster than a CharsetDecoder, and it turns every malformed
        // sequence into U+FFFD; only text holding U+FFFD (which a valid file may also contain) needs the strict check.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            String bad = firstBadByte(bytes);
            if (bad != null) {
                throw new CorpusException("report is not valid UTF-8: " + file + " (" + bad
                        + "); convert it to UTF-8 and run again");
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Where the first byte that is not UTF-8 is, or null when all of them are valid UTF-8. */
    private static String firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? "bad byte at offset " + in.position() : null;
    }
}
