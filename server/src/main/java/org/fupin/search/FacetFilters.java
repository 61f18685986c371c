package org.fupin.search;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.Query;
import org.fupin.index.Schema;
import org.fupin.vocab.Program;
import org.fupin.vocab.Province;

/** The facet filters of a request: a drill-down around the query, and their API form for the echo. */
final class FacetFilters {

    private FacetFilters() {}

    /** {@code base} restricted to the selected provinces, years and programs. */
    static DrillDownQuery drillDown(Query base, SearchRequest request) {
        DrillDownQuery ddq = new DrillDownQuery(Schema.facetsConfig(), base);
        // Repeated add() calls for one dimension OR their values; different dimensions AND.
        request.provinces().forEach(p -> ddq.add(Schema.PROVINCE, p.english()));
        request.years().stream()
                .flatMapToInt(YearRange::years)
                .distinct()
                .forEach(y -> ddq.add(Schema.YEAR, Integer.toString(y)));
        request.programs().forEach(p -> ddq.add(Schema.PROGRAM, p.id()));
        return ddq;
    }

    /** The filters as the response's {@code query.filters} shows them. */
    static QueryEcho.Filters echo(SearchRequest request) {
        return new QueryEcho.Filters(
                request.provinces().stream().map(Province::english).toList(),
                request.years().stream().map(YearRange::apiValue).toList(),
                request.programs().stream().map(Program::id).toList());
    }
}
