package org.fupin.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.fupin.corpus.Chapter;
import org.fupin.corpus.Corpus;
import org.fupin.corpus.CorpusException;
import org.fupin.corpus.ReportParser;
import org.fupin.corpus.Section;
import org.fupin.vocab.Program;

/**
 * Writes the sections a build would index as JSON lines, one section per line, with the fields named as
 * {@link Schema} names them ({@code id}, {@code province}, {@code province_zh}, {@code year}, {@code program},
 * {@code lang}, and {@code title_en}/{@code body_en} or {@code title_zh}/{@code body_zh}). The corpus is parsed by the
 * same two passes as {@link IndexBuilder#build} (the lexicon learned from the whole corpus), so another engine loaded
 * from the file indexes exactly the sections we do. A province or year the parser did not find is left out, as in
 * the index.
 */
public final class SectionExport {

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * What was written.
     *
     * @param files    report files read
     * @param sections lines written
     * @param bytes    size of the file
     * @param millis   wall time of parsing and writing
     */
    public record Summary(int files, long sections, long bytes, long millis) {}

    /** One file's sections, already rendered as JSON lines. */
    private record Rendered(byte[] lines, int sections) {}

    private SectionExport() {}

    /**
     * Parses every report in {@code input} and writes its sections to {@code jsonl}; the file appears complete or
     * not at all (it is written beside and moved into place).
     */
    public static Summary export(Path input, Path jsonl) throws CorpusException, IOException {
        long started = System.nanoTime();
        Corpus corpus = Corpus.open(input);
        ReportParser parser = new ReportParser();
        Path target = jsonl.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        long[] sections = {0};
        try (OutputStream out = Files.newOutputStream(partial)) {
            IndexBuilder.inParallel(corpus, file -> render(parser, file), rendered -> {
                out.write(rendered.lines());
                sections[0] += rendered.sections();
            });
        } catch (CorpusException | IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(
                corpus.files().size(), sections[0], Files.size(target), (System.nanoTime() - started) / 1_000_000);
    }

    private static Rendered render(ReportParser parser, Path file) throws CorpusException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int count = 0;
        for (Chapter chapter :
                parser.parse(file.getFileName().toString(), Corpus.read(file)).chapters()) {
            for (Section section : chapter.sections()) {
                write(section, bytes);
                count++;
            }
        }
        return new Rendered(bytes.toByteArray(), count);
    }

    /** One section as one line of JSON (UTF-8, no raw line breaks: JSON escapes them inside strings). */
    static void write(Section section, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeStringField(Schema.ID, section.id());
            if (section.province() != null) {
                json.writeStringField(Schema.PROVINCE, section.province().english());
                json.writeStringField(Schema.PROVINCE_ZH, section.province().chinese());
            }
            if (section.hasYear()) {
                json.writeNumberField(Schema.YEAR, section.year());
            }
            json.writeArrayFieldStart(Schema.PROGRAM);
            for (Program program : section.programs()) {
                json.writeString(program.id());
            }
            json.writeEndArray();
            json.writeStringField(Schema.LANG, section.language().code());
            json.writeStringField(Schema.titleField(section.language()), section.heading());
            json.writeStringField(Schema.bodyField(section.language()), section.text());
            json.writeEndObject();
        }
        out.write('\n');
    }
}
