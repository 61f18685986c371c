package org.fupin.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.fupin.corpus.CorpusException;
import org.fupin.vocab.Province;

/**
 * Writes a synthetic corpus of a given number of sections by remixing the seed sections over all 32 provinces and
 * the years 2001–2020, with a manifest of every chapter and its headings. One file in five is a yearbook of many
 * chapters; the others hold one chapter with bracketed, numbered, line or labelled headings. Section bodies mix in
 * paragraphs and sentences of same-titled sections from other provinces, with province names swapped and years
 * moved (see {@link Remix}). Deterministic for a given random seed, and streaming: the seed pool is loaded once, then
 * files are written one at a time, so memory does not grow with the corpus.
 */
public final class CorpusGenerator {

    /** One in this many files is a multi-chapter yearbook file; the rest hold one chapter. */
    private static final int MULTI_FILE_ONE_IN = 5;
    /** The layouts of single-chapter files: bracketed twice as often as each of the others. */
    private static final Layout[] SINGLE_LAYOUTS = {
        Layout.BRACKETED, Layout.BRACKETED, Layout.NUMBERED, Layout.LINE, Layout.LABELLED
    };
    /** One in this many chapters (one in this many yearbook files) is written without blank lines. */
    private static final int COMPACT_ONE_IN = 4;

    private static final int MIN_SECTIONS = 8;
    private static final int MAX_SECTIONS = 25;
    private static final int MIN_CHAPTERS_MULTI = 20;
    private static final int MAX_CHAPTERS_MULTI = 32;
    private static final int FIRST_YEAR = 2001;
    private static final int YEARS = 20;

    /**
     * What to generate.
     *
     * @param seeds    the folder of seed reports
     * @param out      the folder to write into (must hold no reports yet)
     * @param sections how many sections to write in total
     * @param seed     the random seed
     */
    public record Config(Path seeds, Path out, long sections, long seed) {
        public Config {
            if (sections < 1) {
                throw new IllegalArgumentException("--sections must be at least 1");
            }
        }
    }

    /**
     * What was generated.
     *
     * @param files        report files written
     * @param chapters     chapters written
     * @param sections     sections written
     * @param bytes        bytes of report text written
     * @param millis       wall time
     * @param poolSections seed sections usable for remixing
     * @param seedSections seed sections considered
     * @param sentences    seed sentences available for mixing
     * @param hardStarts   of those, the ones that open with a province or an organisation name or a quoted title
     */
    public record Summary(
            int files,
            long chapters,
            long sections,
            long bytes,
            long millis,
            int poolSections,
            int seedSections,
            int sentences,
            int hardStarts) {}

    private CorpusGenerator() {}

    /** CLI: {@code --seeds seeds --out DIR --sections N --seed 42}. */
    public static void main(String[] args) throws IOException, CorpusException {
        Args a = Args.parse(args, Set.of("seeds", "out", "sections", "seed"));
        Config config = new Config(
                a.path("seeds", Path.of("seeds")), a.path("out"), a.number("sections", 10_000), a.number("seed", 42));
        Summary s = generate(config);
        System.out.printf(
                Locale.ROOT,
                "Generated %,d sections in %,d chapters in %,d files (%,.1f MB) in %.1f s into %s%n",
                s.sections(),
                s.chapters(),
                s.files(),
                s.bytes() / 1e6,
                s.millis() / 1000.0,
                config.out());
        System.out.printf(
                Locale.ROOT,
                "Seed pool: %d of %d seed sections (the others' years could not move), %d sentences to mix"
                        + " (%d open with a name or a quoted title); manifest: %s%n",
                s.poolSections(),
                s.seedSections(),
                s.sentences(),
                s.hardStarts(),
                config.out().resolve(Manifest.FILE_NAME));
    }

    /** Generates the corpus and its manifest. */
    public static Summary generate(Config config) throws IOException, CorpusException {
        long started = System.nanoTime();
        SeedPool pool = SeedPool.load(config.seeds());
        prepareOutput(config.out());
        Picker picker = new Picker(pool, new SplittableRandom(config.seed()));
        ReportWriter writer = new ReportWriter(pool.footer());

        long remaining = config.sections();
        int files = 0;
        long chapters = 0;
        long bytes = 0;
        try (BufferedWriter manifest =
                Files.newBufferedWriter(config.out().resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8)) {
            manifest.write(Manifest.HEADER + "\n");
            while (remaining > 0) {
                boolean multi = picker.rng.nextInt(MULTI_FILE_ONE_IN) == 0;
                Layout layout = multi ? Layout.YEARBOOK : SINGLE_LAYOUTS[picker.rng.nextInt(SINGLE_LAYOUTS.length)];
                boolean compactFile = multi && picker.rng.nextInt(COMPACT_ONE_IN) == 0;
                List<ChapterPlan> plans = new ArrayList<>();
                int year = FIRST_YEAR + picker.rng.nextInt(YEARS);
                int wanted = multi
                        ? MIN_CHAPTERS_MULTI + picker.rng.nextInt(MAX_CHAPTERS_MULTI - MIN_CHAPTERS_MULTI + 1)
                        : 1;
                while (plans.size() < wanted && remaining > 0) {
                    int n = (int)
                            Math.min(remaining, MIN_SECTIONS + picker.rng.nextInt(MAX_SECTIONS - MIN_SECTIONS + 1));
                    boolean compact = multi ? compactFile : picker.rng.nextInt(COMPACT_ONE_IN) == 0;
                    plans.add(
                            picker.chapter(layout, multi ? year : FIRST_YEAR + picker.rng.nextInt(YEARS), n, compact));
                    remaining -= n;
                }
                String name = String.format(Locale.ROOT, "%06d_%016x.txt", files, picker.rng.nextLong());
                Path file = config.out().resolve(name);
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    if (multi) {
                        writer.writeMulti(out, plans);
                    } else {
                        writer.writeSingle(out, plans.getFirst());
                    }
                }
                for (int c = 0; c < plans.size(); c++) {
                    ChapterPlan p = plans.get(c);
                    manifest.write(new ManifestEntry(
                                            name,
                                            c + 1,
                                            p.province().english(),
                                            p.year(),
                                            p.sections().size(),
                                            p.layout().id(),
                                            p.sections().stream()
                                                    .map(ChapterPlan.WrittenSection::heading)
                                                    .toList())
                                    .toTsv()
                            + "\n");
                }
                bytes += Files.size(file);
                chapters += plans.size();
                files++;
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Summary(
                files,
                chapters,
                config.sections(),
                bytes,
                millis,
                pool.sections().size(),
                pool.candidates(),
                pool.sentences().size(),
                picker.remix.hardStarts());
    }

    private static void prepareOutput(Path out) throws IOException {
        Files.createDirectories(out);
        try (Stream<Path> listing = Files.list(out)) {
            if (listing.anyMatch(p -> p.getFileName().toString().endsWith(".txt")
                    || p.getFileName().toString().equals(Manifest.FILE_NAME))) {
                throw new IllegalArgumentException("output folder already holds a corpus: " + out
                        + "; choose an empty folder so corpora are not mixed");
            }
        }
    }

    /** The random choices: provinces in rotation (so every province appears), sections at random from the pool. */
    private static final class Picker {
        final SplittableRandom rng;
        private final SeedPool pool;
        final Remix remix;
        private final List<PoolSection> spaced;
        private final List<PoolSection> spacedWithYear;
        private final List<PoolSection> withYear;
        private final List<Province> provinceOrder;
        private long chapterCount;

        Picker(SeedPool pool, SplittableRandom rng) {
            this.pool = pool;
            this.rng = rng;
            this.remix = new Remix(pool);
            this.spaced =
                    pool.sections().stream().filter(PoolSection::hasSpacedForm).toList();
            this.spacedWithYear =
                    spaced.stream().filter(PoolSection::mentionsYear).toList();
            this.withYear =
                    pool.sections().stream().filter(PoolSection::mentionsYear).toList();
            List<Province> order = new ArrayList<>(Arrays.asList(Province.values()));
            for (int i = order.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                order.set(i, order.set(j, order.get(i)));
            }
            this.provinceOrder = List.copyOf(order);
        }

        ChapterPlan chapter(Layout layout, int year, int sections, boolean compact) {
            Province province = provinceOrder.get((int) (chapterCount++ % provinceOrder.size()));
            boolean yearbook = layout == Layout.YEARBOOK;
            List<PoolSection> from = yearbook ? spaced : pool.sections();
            List<PoolSection> chosen = new ArrayList<>();
            // The first section states the year, so the chapter's year is what the parser finds.
            chosen.add(pick(yearbook ? spacedWithYear : withYear));
            Set<Integer> used = new HashSet<>(Set.of(chosen.getFirst().id()));
            while (chosen.size() < sections) {
                PoolSection s = pick(from);
                for (int retry = 0; retry < 3 && used.contains(s.id()); retry++) {
                    s = pick(from);
                }
                used.add(s.id());
                chosen.add(s);
            }
            Remix.Style style = Remix.Style.pick(layout, rng);
            List<ChapterPlan.WrittenSection> written = new ArrayList<>();
            for (PoolSection s : chosen) {
                written.add(remix.write(s, written.size() + 1, province, year, style, rng));
            }
            String reporter = pool.reporters().get(rng.nextInt(pool.reporters().size()));
            return new ChapterPlan(province, year, layout, written, reporter, rng.nextInt(6) == 0 ? 1 : 0, compact);
        }

        private PoolSection pick(List<PoolSection> list) {
            return list.get(rng.nextInt(list.size()));
        }
    }
}
