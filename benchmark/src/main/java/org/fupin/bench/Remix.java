package org.fupin.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fupin.vocab.Province;

/**
 * Writes one pool section into a chapter of another province, year and layout, and mixes into its body paragraphs
 * and sentences of same-titled sections from other provinces: the perturbations that make remixed reports hard to
 * split (paragraphs that open with a province or an organisation name or a quoted title). Body text never looks like
 * a heading under the chapter's own convention (no bracket, no colon label in a labelled chapter, no number in a
 * numbered one, every paragraph ends a sentence), so the headings the manifest lists are the only headings a reader
 * would see.
 */
final class Remix {

    /** Extra paragraphs per section: 0 (40 %), 1 (35 %), 2 (20 %) or 3 (5 %). */
    private static final int[] EXTRA_PARAGRAPHS = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3};

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "The",
            "In",
            "On",
            "At",
            "By",
            "From",
            "To",
            "With",
            "For",
            "As",
            "It",
            "Its",
            "This",
            "These",
            "That",
            "We",
            "Our",
            "A",
            "An",
            "After",
            "According",
            "Since",
            "During",
            "Under",
            "Through",
            "Among",
            "Based",
            "Besides",
            "Meanwhile",
            "First",
            "Second",
            "Third",
            "Firstly",
            "Secondly",
            "Thirdly",
            "Finally",
            "Moreover",
            "There",
            "They",
            "Of",
            "All",
            "Each");
    private static final Pattern NUMBERED_START = Pattern.compile(
            "^(?:\\d{1,2}(?:[.．](?!\\d)|、|\\))|[(（](?:\\d{1,2}|[一二三四五六七八九十]+)[)）]|[IVX]{1,5}[.．]\\s|[一二三四五六七八九十]+[、．.]).*",
            Pattern.DOTALL);
    private static final Pattern COLON_LABEL = Pattern.compile("^[^,.;:，。；]{1,120}?[:：]\\s*\\S.*", Pattern.DOTALL);

    /** Organisations a rewritten sentence may open with; {@code %s} is the chapter's province. */
    private static final List<String> ORGANISATIONS = List.of(
            "%s Provincial Poverty Alleviation Office",
            "%s Provincial Party Committee and Provincial Government",
            "%s Provincial Department of Finance",
            "%s provincial government",
            "%s Province",
            "China Foundation for Poverty Alleviation",
            "Agricultural Bank of China",
            "State Council Leading Group Office of Poverty Alleviation and Development",
            "Provincial Poverty Alleviation and Development Office",
            "%s Poverty Alleviation and Development Office");
    /** Sentence openings whose subject can be replaced by a name ("We organized …" → "Hebei Provincial … organized …"). */
    private static final Pattern PLAIN_SUBJECT = Pattern.compile(
            "^(?:We|It|They|The province|The provincial government|The government|The provincial poverty alleviation office) (?=[a-z])");

    private static final Pattern QUOTED_OBJECT = Pattern.compile("^The ([“\"][A-Z][^”\"]{2,80}[”\"] )");

    private final SeedPool pool;
    private final Map<String, List<PoolSection>> sectionsByHeading = new HashMap<>();
    private final Map<String, List<SeedPool.Sentence>> sentencesByHeading = new HashMap<>();
    private final List<SeedPool.Sentence> hardStarts = new ArrayList<>();

    Remix(SeedPool pool) {
        this.pool = pool;
        for (PoolSection s : pool.sections()) {
            sectionsByHeading
                    .computeIfAbsent(s.headingKey(), k -> new ArrayList<>())
                    .add(s);
        }
        for (SeedPool.Sentence s : pool.sentences()) {
            sentencesByHeading
                    .computeIfAbsent(s.headingKey(), k -> new ArrayList<>())
                    .add(s);
            if (isHardStart(s.text())) {
                hardStarts.add(s);
            }
        }
    }

    /** How many sentences open with a province or an organisation name or a quoted title. */
    int hardStarts() {
        return hardStarts.size();
    }

    /** The chapter-wide choices of a layout: number scheme, capitals, trailing colon. */
    record Style(Layout layout, int numberScheme, boolean capitals, boolean colon) {
        static Style pick(Layout layout, SplittableRandom rng) {
            return new Style(
                    layout,
                    rng.nextInt(3),
                    layout == Layout.LINE && rng.nextInt(4) == 0,
                    layout == Layout.LINE && rng.nextInt(4) == 0);
        }
    }

    /** The section {@code s} as the {@code ordinal}-th section (from 1) of a chapter of {@code province} and {@code year}. */
    ChapterPlan.WrittenSection write(
            PoolSection s, int ordinal, Province province, int year, Style style, SplittableRandom rng) {
        List<String> body = new ArrayList<>();
        body.add(move(s.firstBody(), s.seedProvince(), province, year - s.seedYear()));
        for (String p : s.rest()) {
            String moved = move(p, s.seedProvince(), province, year - s.seedYear());
            if (isBody(moved, style.layout())) {
                body.add(moved);
            }
        }
        int extras = EXTRA_PARAGRAPHS[rng.nextInt(EXTRA_PARAGRAPHS.length)];
        for (int k = 0; k < extras; k++) {
            String extra = extraParagraph(s, province, year, rng);
            if (isBody(extra, style.layout())) {
                body.add(1 + rng.nextInt(body.size()), extra);
            }
        }
        String first = body.getFirst();
        List<String> lines = new ArrayList<>();
        String heading = s.heading();
        switch (style.layout()) {
            case YEARBOOK -> lines.add(s.headPart() + first);
            case BRACKETED -> lines.add("【" + heading + "】" + (s.id() % 2 == 0 ? " " : "") + first);
            case LABELLED -> lines.add(heading + ": " + first);
            case NUMBERED -> {
                lines.add(number(style.numberScheme(), ordinal) + heading);
                lines.add(first);
            }
            case LINE -> {
                heading = style.capitals() ? heading.toUpperCase(Locale.ROOT) : heading;
                lines.add(heading + (style.colon() ? ":" : ""));
                lines.add(first);
            }
        }
        lines.addAll(body.subList(1, body.size()));
        return new ChapterPlan.WrittenSection(heading, lines);
    }

    /**
     * A paragraph from elsewhere: a whole paragraph of a same-titled section of another province (one in three), or
     * one to three sentences of same-titled sections, the first of them, half of the time, one that opens with a
     * province or an organisation name or a quoted title.
     */
    private String extraParagraph(PoolSection s, Province province, int year, SplittableRandom rng) {
        List<PoolSection> same = sectionsByHeading.getOrDefault(s.headingKey(), List.of());
        if (rng.nextInt(3) == 0 && same.size() > 1) {
            PoolSection other = same.get(rng.nextInt(same.size()));
            List<String> paragraphs = new ArrayList<>(other.rest());
            paragraphs.add(other.firstBody());
            String p = paragraphs.get(rng.nextInt(paragraphs.size()));
            if (Years.onlyMentions(p, other.seedYear())) {
                return move(p, other.seedProvince(), province, year - other.seedYear());
            }
        }
        List<SeedPool.Sentence> related = sentencesByHeading.getOrDefault(s.headingKey(), List.of());
        if (related.size() < 3) {
            related = pool.sentences();
        }
        StringBuilder paragraph = new StringBuilder();
        int n = 1 + rng.nextInt(3);
        for (int k = 0; k < n; k++) {
            boolean hard = k == 0 && rng.nextBoolean();
            SeedPool.Sentence sentence = hard && rng.nextBoolean() && !hardStarts.isEmpty()
                    ? hardStarts.get(rng.nextInt(hardStarts.size()))
                    : related.get(rng.nextInt(related.size()));
            String text = move(sentence.text(), sentence.province(), province, year - sentence.seedYear());
            if (hard) {
                text = nameTheSubject(text, province, rng);
            }
            if (!paragraph.isEmpty()) {
                paragraph.append(' ');
            }
            paragraph.append(text);
        }
        return paragraph.toString();
    }

    /**
     * "We organized …" becomes "Hebei Provincial Poverty Alleviation Office organized …", "The “Rain Plan” bases …"
     * becomes "“Rain Plan” bases …": a sentence that opens with a name or a quoted title, as other reports write them.
     */
    static String nameTheSubject(String sentence, Province province, SplittableRandom rng) {
        Matcher subject = PLAIN_SUBJECT.matcher(sentence);
        if (subject.find()) {
            String name = ORGANISATIONS.get(rng.nextInt(ORGANISATIONS.size())).replace("%s", province.english());
            return name + " " + sentence.substring(subject.end());
        }
        Matcher quoted = QUOTED_OBJECT.matcher(sentence);
        if (quoted.find()) {
            return quoted.group(1) + sentence.substring(quoted.end());
        }
        return sentence;
    }

    /** Text moved to another province (its own province's name swapped) and year. */
    static String move(String text, Province from, Province to, int yearDelta) {
        return Years.shift(swapProvince(text, from, to), yearDelta);
    }

    /** Every mention of {@code from}'s English name becomes {@code to}'s ("Guizhou Province" → "Hebei Province"). */
    static String swapProvince(String text, Province from, Province to) {
        if (from == to) {
            return text;
        }
        // "Xinjiang" is swapped, but not inside "Xinjiang Production and Construction Corps", the XPCC's own name.
        String guard = from == Province.XINJIANG ? "(?! Production and Construction Corps)" : "";
        Pattern name = Pattern.compile("\\b" + Pattern.quote(from.english()) + "\\b" + guard);
        return name.matcher(text).replaceAll(Matcher.quoteReplacement(to.english()));
    }

    /** The paragraph reads as body text under the layout: it ends a sentence and carries no heading mark. */
    static boolean isBody(String paragraph, Layout layout) {
        if (!Sentences.endsSentence(paragraph)
                || paragraph.startsWith("(")
                || paragraph.startsWith("（")
                || paragraph.contains("【")
                || paragraph.contains("】")
                || SeedPool.isChapterTitle(paragraph)) {
            return false;
        }
        return switch (layout) {
            case NUMBERED -> !NUMBERED_START.matcher(paragraph).matches();
            case LABELLED -> !COLON_LABEL.matcher(paragraph).matches();
            default -> true;
        };
    }

    /** Opens with a province or an organisation name ("Hunan Provincial Party Committee …") or a quoted title. */
    static boolean isHardStart(String sentence) {
        String[] words = sentence.split("\\s+", 3);
        if (words.length < 2) {
            return false;
        }
        if (words[0].startsWith("\"") || words[0].startsWith("“")) {
            return true;
        }
        for (Province p : Province.values()) {
            if (sentence.startsWith(p.english() + " ")) {
                return true;
            }
        }
        return Character.isUpperCase(words[0].charAt(0))
                && Character.isUpperCase(words[1].charAt(0))
                && !FUNCTION_WORDS.contains(words[0])
                && !words[0].endsWith(",");
    }

    private static String number(int scheme, int n) {
        return switch (scheme) {
            case 0 -> n + ". ";
            case 1 -> "(" + n + ") ";
            default -> roman(n) + ". ";
        };
    }

    private static String roman(int n) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[n / 10] + ones[n % 10];
    }
}
