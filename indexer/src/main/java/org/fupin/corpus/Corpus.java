package org.fupin.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A folder (with subfolders) of UTF-8 {@code .txt} reports, read strictly: a byte sequence that is not UTF-8 is an error, never replaced. */
public final class Corpus {

    /**
     * The largest report file read, 16 MB: the largest seed is 0.4 MB, and a 36 MB one-line report ran the server out
     * of memory with the default heap. A larger report is refused with its name, before the index is touched.
     */
    public static final long MAX_REPORT_BYTES = 16L * 1024 * 1024;

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
        try {
            files = reports(folder);
        } catch (IOException | UncheckedIOException e) {
            throw new CorpusException("cannot list input folder " + folder.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CorpusException(
                    "input folder holds no .txt reports (subfolders included): " + folder.toAbsolutePath());
        }
        return new Corpus(folder, files);
    }

    /** The folder. */
    public Path folder() {
        return folder;
    }

    /** The report files, sorted by {@link #name}. */
    public List<Path> files() {
        return files;
    }

    /** The name a report is known by: its path under the folder, with '/' between folder names. */
    public String name(Path file) {
        return nameIn(folder, file);
    }

    private static String nameIn(Path folder, Path file) {
        Path relative = folder.relativize(file);
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            name.append(name.isEmpty() ? "" : "/").append(part);
        }
        return name.toString();
    }

    /**
     * Every {@code .txt} file under {@code folder}, in subfolders too, ordered by name so that every build reads them
     * in the same order. Hidden files and folders ({@code .git}, editor back-ups) are not reports.
     */
    private static List<Path> reports(Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (!hidden(file) && name.toLowerCase(Locale.ROOT).endsWith(".txt") && Files.isRegularFile(file)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(file -> nameIn(folder, file)));
        return found;
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    /** Reads one report as strict UTF-8 (a leading byte-order mark is dropped). */
    public static String read(Path file) throws CorpusException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_REPORT_BYTES) {
                throw new CorpusException("report " + file + " is " + (size + 1024 * 1024 - 1) / (1024 * 1024)
                        + " MB; the limit is " + MAX_REPORT_BYTES / (1024 * 1024) + " MB. Split it into several files"
                        + " (at chapter titles)");
            }
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
                throw new CorpusException(
                        "report is not valid UTF-8: " + file + " (" + bad + "); convert it to UTF-8 and run again");
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Where the first byte that is not UTF-8 is, or null when all of them are valid UTF-8. */
    private static String firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? "bad byte at offset " + in.position() : null;
    }
}
