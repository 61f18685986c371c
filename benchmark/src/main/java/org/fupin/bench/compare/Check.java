package org.fupin.bench.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * One engine's answer to one search of the mix, asked once before the load: whether it was a complete answer (ten hits
 * or all of them, the three facets, highlighting) and how many sections matched, which shows how differently the
 * engines match.
 *
 * @param engine the engine
 * @param query  the search
 * @param status HTTP status
 * @param total  sections that matched
 * @param hits   hits returned (at most 10; of ours, only those with every concept, so partial matches after them do
 *               not make a page look over-full)
 * @param facets whether the province, year and program facet counts came back (and, from Solr, highlighting; from
 *               ours, that the search ran in the all-concepts mode the report names)
 */
public record Check(Engine engine, String query, int status, long total, int hits, boolean facets) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether the response was a complete search answer. */
    public boolean ok() {
        return status == 200 && facets && hits == Math.min(10, total);
    }

    /** Reads an answer of our API or of Solr's select handler. */
    static Check of(Engine engine, String query, int status, String body) throws IOException {
        if (status != 200) {
            return new Check(engine, query, status, 0, 0, false);
        }
        JsonNode root = JSON.readTree(body);
        if (engine.solr()) {
            JsonNode fields = root.path("facet_counts").path("facet_fields");
            boolean complete = fields.path("province").isArray()
                    && fields.path("year").isArray()
                    && fields.path("program").isArray()
                    && root.path("highlighting").isObject();
            return new Check(
                    engine,
                    query,
                    status,
                    root.path("response").path("numFound").asLong(),
                    root.path("response").path("docs").size(),
                    complete);
        }
        JsonNode facets = root.path("facets");
        // The row is labelled by the mode our server says it matched in; another default would be a wrong label.
        boolean complete = facets.path("province").isArray()
                && facets.path("year").isArray()
                && facets.path("program").isArray()
                && "all".equals(root.path("query").path("match").asText());
        // When fewer than ten sections have every concept, sections missing one fill the page (partial_total).
        long total = root.path("total").asLong();
        int hits = root.path("hits").size();
        complete &= hits == Math.min(10, org.fupin.bench.query.QueryBenchmark.listed(root));
        return new Check(engine, query, status, total, Math.min(hits, (int) Math.min(10, total)), complete);
    }
}
