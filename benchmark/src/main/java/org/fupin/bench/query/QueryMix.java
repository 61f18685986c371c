package org.fupin.bench.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fixed mix of searches the query benchmark replays, in order: English single words, several words, phrases and
 * operators, Chinese terms (which exercise segmentation and, once it lands, translation), facet browsing without a
 * query, each with and without province, year and program filters. Every request asks for the first page of ten hits;
 * facets and highlighting come with every search.
 */
public final class QueryMix {

    /** What a query exercises. */
    public enum Kind {
        /** One English word. */
        WORD,
        /** Several English words, ranked by how many match and how close. */
        WORDS,
        /** A required quoted phrase, or words with one. */
        PHRASE,
        /** {@code OR}, {@code -exclusion}, {@code title:}. */
        OPERATORS,
        /** Chinese terms (SmartChinese segmentation; translated once the glossary is wired in). */
        CHINESE,
        /** No words, only filters: facet browsing over many hits. */
        BROWSE
    }

    /**
     * One search of the mix.
     *
     * @param kind  what it exercises
     * @param q     the user's query text (may be empty)
     * @param filters extra parameters, already in {@code name=value&…} form with values unencoded
     */
    public record Query(Kind kind, String q, List<String> filters) {

        public Query {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(q, "q");
            filters = List.copyOf(filters);
        }

        /** Whether it narrows by province, year or program. */
        public boolean filtered() {
            return !filters.isEmpty();
        }

        /** The request path with its encoded query string, e.g. {@code /api/search?q=rain+plan&size=10}. */
        public String path() {
            StringBuilder s = new StringBuilder("/api/search?q=").append(encode(q));
            for (String f : filters) {
                int eq = f.indexOf('=');
                s.append('&').append(f, 0, eq).append('=').append(encode(f.substring(eq + 1)));
            }
            return s.append("&size=10").toString();
        }

        @Override
        public String toString() {
            return kind + " " + (q.isEmpty() ? "(no q)" : q)
                    + (filters.isEmpty() ? "" : " " + String.join(" ", filters));
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    private QueryMix() {}

    /** The standard mix: 63 searches, 18 of them filtered by province, year or program (provinces given in English or Chinese). */
    public static List<Query> standard() {
        List<Query> mix = new ArrayList<>();
        // English, one word
        for (String w : List.of(
                "relocation",
                "microcredit",
                "tourism",
                "training",
                "infrastructure",
                "poverty",
                "cooperatives",
                "vocational",
                "drought",
                "livestock")) {
            mix.add(new Query(Kind.WORD, w, List.of()));
        }
        mix.add(new Query(Kind.WORD, "relocation", List.of("province=Guizhou")));
        mix.add(new Query(Kind.WORD, "tourism", List.of("year=2012")));
        mix.add(new Query(Kind.WORD, "poverty", List.of("program=rain-plan")));
        mix.add(new Query(Kind.WORD, "training", List.of("province=Yunnan", "year=2008-2012")));
        // English, several words
        for (String w : List.of(
                "mutual funds repayment rate",
                "rain plan vocational education",
                "entire village advancement",
                "leading enterprises industrial poverty alleviation",
                "drinking water safety",
                "labor transfer training",
                "minimum living guarantee",
                "discount loans interest subsidies",
                "poverty line identification",
                "east west cooperation",
                "ecological migration resettlement",
                "post disaster reconstruction")) {
            mix.add(new Query(Kind.WORDS, w, List.of()));
        }
        mix.add(new Query(Kind.WORDS, "mutual funds repayment rate", List.of("province=Hebei", "province=Guizhou")));
        mix.add(new Query(Kind.WORDS, "entire village advancement", List.of("year=2010")));
        mix.add(new Query(Kind.WORDS, "labor transfer training", List.of("program=training")));
        mix.add(new Query(
                Kind.WORDS,
                "leading enterprises industrial poverty alleviation",
                List.of("province=Sichuan", "program=industrial")));
        mix.add(new Query(Kind.WORDS, "drinking water safety", List.of("year=2005-2015", "program=infrastructure")));
        // Phrases
        for (String w : List.of(
                "\"rain plan\"",
                "\"mutual funds\"",
                "\"poverty alleviation and development\"",
                "\"contiguous poor areas\" planning",
                "\"old revolutionary base areas\"",
                "\"rural tourism\" income")) {
            mix.add(new Query(Kind.PHRASE, w, List.of()));
        }
        mix.add(new Query(Kind.PHRASE, "\"rain plan\"", List.of("province=Henan", "year=2011")));
        mix.add(new Query(Kind.PHRASE, "\"mutual funds\"", List.of("program=mutual-funds")));
        // Operators
        mix.add(new Query(Kind.OPERATORS, "relocation OR migration", List.of()));
        mix.add(new Query(Kind.OPERATORS, "microcredit -Guizhou", List.of()));
        mix.add(new Query(Kind.OPERATORS, "title:village", List.of()));
        mix.add(new Query(Kind.OPERATORS, "title:\"mutual funds\" loans", List.of()));
        mix.add(new Query(
                Kind.OPERATORS,
                "relocation OR migration -Guizhou title:village",
                List.of("year=2011-2012", "program=relocation")));
        // Chinese
        for (String w : List.of(
                "雨露计划",
                "互助资金 还款率",
                "贵州 易地扶贫搬迁",
                "整村推进",
                "产业扶贫 龙头企业",
                "小额信贷",
                "连片特困地区",
                "定点扶贫",
                "东西部扶贫协作",
                "建档立卡 贫困户",
                "乡村旅游",
                "革命老区")) {
            mix.add(new Query(Kind.CHINESE, w, List.of()));
        }
        mix.add(new Query(Kind.CHINESE, "雨露计划", List.of("province=河南")));
        mix.add(new Query(Kind.CHINESE, "互助资金 还款率", List.of("year=2012", "program=mutual-funds")));
        mix.add(new Query(Kind.CHINESE, "易地扶贫搬迁", List.of("province=贵州", "year=2008-2012")));
        // Facet browsing: filters only
        mix.add(new Query(Kind.BROWSE, "", List.of("province=Hebei")));
        mix.add(new Query(Kind.BROWSE, "", List.of("year=2012", "program=rain-plan")));
        mix.add(new Query(Kind.BROWSE, "", List.of("program=relocation", "province=Guizhou", "province=Yunnan")));
        mix.add(new Query(Kind.BROWSE, "", List.of()));
        return List.copyOf(mix);
    }
}
