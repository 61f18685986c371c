package org.fupin.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.fupin.bench.query.QueryMix;
import org.junit.jupiter.api.Test;

/** Every search of the mix becomes an equivalent edismax request; filters and facets are multi-select like ours. */
class SolrRequestsTest {

    @Test
    void allWordsAndAnyWordDifferOnlyInHowManyWordsMustMatch() {
        QueryMix.Query q = new QueryMix.Query(QueryMix.Kind.WORDS, "mutual funds repayment rate", List.of());

        List<String> all = params(SolrRequests.path(q, Engine.SOLR_ALL));
        List<String> any = params(SolrRequests.path(q, Engine.SOLR_ANY));

        assertTrue(
                all.containsAll(List.of(
                        "q=mutual funds repayment rate",
                        "defType=edismax",
                        "qf=title_en^3 body_en title_zh^3 body_zh",
                        "q.op=AND",
                        "rows=10",
                        "hl=true",
                        "facet.field={!ex=province}province",
                        "facet.field={!ex=year}year",
                        "facet.field={!ex=program}program",
                        "facet.limit=-1",
                        "facet.mincount=1")),
                all.toString());
        assertTrue(any.containsAll(List.of("q.op=OR", "mm=1")), any.toString());
        assertFalse(all.stream().anyMatch(p -> p.startsWith("mm=")), all.toString());
    }

    @Test
    void filtersBecomeTaggedFilterQueriesWithChineseProvincesInEnglishAndYearRanges() {
        QueryMix.Query q = new QueryMix.Query(
                QueryMix.Kind.CHINESE,
                "易地扶贫搬迁",
                List.of("province=贵州", "province=Yunnan", "year=2008-2012", "program=relocation"));

        List<String> p = params(SolrRequests.path(q, Engine.SOLR_ANY));

        assertTrue(p.contains("fq={!tag=province}province:(\"Guizhou\" OR \"Yunnan\")"), p.toString());
        assertTrue(p.contains("fq={!tag=year}year:([2008 TO 2012])"), p.toString());
        assertTrue(p.contains("fq={!tag=program}program:(\"relocation\")"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("q=(易地扶贫搬迁 OR relocation OR resettlement")), p.toString());
    }

    @Test
    void everySearchOfTheStandardMixHasASolrForm() {
        for (QueryMix.Query q : QueryMix.standard()) {
            String path = SolrRequests.path(q, Engine.SOLR_ALL);

            assertTrue(path.startsWith(SolrRequests.SELECT + "?q="), path);
        }
        assertEquals("*:*", SolrRequests.solrQuery(new QueryMix.Query(QueryMix.Kind.BROWSE, "", List.of())));
    }

    private static List<String> params(String path) {
        return Arrays.stream(path.substring(path.indexOf('?') + 1).split("&"))
                .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8))
                .toList();
    }
}
