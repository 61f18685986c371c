package org.fupin.bench.compare;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fupin.bench.query.QueryMix;
import org.fupin.vocab.Province;

/**
 * A search of the mix as the equivalent Solr request: edismax over the title and body fields of both languages with
 * our title boost (3×), {@code title:} as an alias of both title fields, ten rows, the unified highlighter on titles
 * and bodies (two sentence passages, HTML-escaped, {@code <mark>}), and province, year and program facets over all
 * matches with every non-zero value. Filters become {@code fq}s tagged by dimension and each facet excludes its own
 * tag, which is what our drill-sideways counts are (a facet's counts ignore that facet's own selection).
 *
 * <p>Chinese searches: we translate Chinese words through the glossary; Solr has no glossary, so each Chinese word is
 * sent with its glossary translations as alternatives ({@link #CHINESE}), which is what a Solr user would put in a
 * synonym file. English synonyms (relocation / resettlement / …) that our server adds are not given to Solr.
 */
public final class SolrRequests {

    /** The core's select handler, below the peer's base URL. */
    public static final String SELECT = "/solr/sections/select";

    /** Our title boost (headings weigh 3× the body). */
    private static final String QF = "title_en^3 body_en title_zh^3 body_zh";

    /** Each Chinese search of the mix with the translations of its words from the server's glossary.tsv. */
    static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("雨露计划", "(雨露计划 OR \"rain plan\")"),
            Map.entry("互助资金 还款率", "(互助资金 OR \"mutual funds\" OR \"mutual aid funds\") (还款率 OR \"repayment rate\")"),
            Map.entry(
                    "贵州 易地扶贫搬迁",
                    "(贵州 OR Guizhou) (易地扶贫搬迁 OR relocation OR resettlement"
                            + " OR \"ex-situ relocation\" OR \"poverty relief relocation\")"),
            Map.entry(
                    "易地扶贫搬迁",
                    "(易地扶贫搬迁 OR relocation OR resettlement OR \"ex-situ relocation\""
                            + " OR \"poverty relief relocation\")"),
            Map.entry("整村推进", "(整村推进 OR \"entire village advancement\")"),
            Map.entry(
                    "产业扶贫 龙头企业",
                    "(产业扶贫 OR \"industrial poverty alleviation\" OR \"industry support\")"
                            + " (龙头企业 OR \"leading enterprises\" OR \"leading enterprise\")"),
            Map.entry("小额信贷", "(小额信贷 OR microcredit OR microfinance OR \"petty loans\" OR \"small loans\")"),
            Map.entry(
                    "连片特困地区",
                    "(连片特困地区 OR \"contiguous poor areas\"" + " OR \"contiguous areas with particular difficulties\")"),
            Map.entry("定点扶贫", "(定点扶贫 OR \"fixed-point poverty alleviation\" OR \"fixed-point assistance\")"),
            Map.entry(
                    "东西部扶贫协作",
                    "(东西部扶贫协作 OR \"East-West cooperation\""
                            + " OR \"East-West poverty alleviation cooperation\" OR \"pairing-off\")"),
            Map.entry(
                    "建档立卡 贫困户",
                    "(建档立卡 OR \"file archiving\" OR \"file archiving for poverty-stricken people\""
                            + " OR \"files and records\") (贫困户 OR \"poor households\" OR \"impoverished households\""
                            + " OR \"poverty-stricken households\")"),
            Map.entry("乡村旅游", "(乡村旅游 OR \"rural tourism\")"),
            Map.entry("革命老区", "(革命老区 OR \"old revolutionary base areas\" OR \"old revolutionary areas\")"));

    private SolrRequests() {}

    /** The request path and query string of {@code query} for {@code engine} (a Solr mode). */
    public static String path(QueryMix.Query query, Engine engine) {
        if (!engine.solr()) {
            throw new IllegalArgumentException(engine + " is not a Solr mode");
        }
        List<String> params = new ArrayList<>();
        add(params, "q", solrQuery(query));
        add(params, "defType", "edismax");
        add(params, "qf", QF);
        add(params, "f.title.qf", "title_en title_zh");
        if (engine == Engine.SOLR_ALL) {
            add(params, "q.op", "AND");
        } else {
            add(params, "q.op", "OR");
            add(params, "mm", "1");
        }
        add(params, "rows", "10");
        add(params, "fl", "id,province,province_zh,year,program,lang,title_en,title_zh,score");
        add(params, "hl", "true");
        add(params, "hl.method", "unified");
        add(params, "hl.fl", "title_en,body_en,title_zh,body_zh");
        add(params, "hl.snippets", "2");
        add(params, "hl.fragsize", "0");
        add(params, "hl.encoder", "html");
        add(params, "hl.tag.pre", "<mark>");
        add(params, "hl.tag.post", "</mark>");
        add(params, "facet", "true");
        for (String dim : List.of("province", "year", "program")) {
            add(params, "facet.field", "{!ex=" + dim + "}" + dim);
        }
        add(params, "facet.limit", "-1");
        add(params, "facet.mincount", "1");
        filters(query)
                .forEach((dim, values) ->
                        add(params, "fq", "{!tag=" + dim + "}" + dim + ":(" + String.join(" OR ", values) + ")"));
        add(params, "wt", "json");
        return SELECT + "?" + String.join("&", params);
    }

    /** What Solr's edismax is asked: the user's text, or its Chinese equivalent, or everything for a browse. */
    static String solrQuery(QueryMix.Query query) {
        if (query.q().isBlank()) {
            return "*:*";
        }
        if (query.kind() == QueryMix.Kind.CHINESE) {
            String equivalent = CHINESE.get(query.q());
            if (equivalent == null) {
                throw new IllegalArgumentException("no Solr equivalent for the Chinese search " + query.q()
                        + "; add its glossary translations to SolrRequests.CHINESE");
            }
            return equivalent;
        }
        return query.q();
    }

    /** The mix's filters as Solr clauses, grouped by dimension (values of one dimension are ORed, as in our API). */
    static Map<String, List<String>> filters(QueryMix.Query query) {
        Map<String, List<String>> byDim = new LinkedHashMap<>();
        for (String filter : query.filters()) {
            int eq = filter.indexOf('=');
            String dim = filter.substring(0, eq);
            String value = filter.substring(eq + 1);
            String clause = switch (dim) {
                case "province" ->
                    "\""
                            + Province.byName(value)
                                    .orElseThrow(() -> new IllegalArgumentException("unknown province " + value))
                                    .english()
                            + "\"";
                case "year" -> value.contains("-") ? "[" + value.replace("-", " TO ") + "]" : value;
                case "program" -> "\"" + value + "\"";
                default -> throw new IllegalArgumentException("unknown filter " + filter);
            };
            byDim.computeIfAbsent(dim, d -> new ArrayList<>()).add(clause);
        }
        return byDim;
    }

    private static void add(List<String> params, String name, String value) {
        params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
