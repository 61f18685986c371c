package org.fupin.search;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.fupin.index.Schema;
import org.fupin.query.LuceneQueryBuilder;
import org.fupin.query.MatchMode;
import org.fupin.query.UserQuery;

/** Whole sections by id ({@code /api/sections/{id}}), with a query's words marked for the reader. */
public final class Sections {

    private final IndexHandle index;
    private final SearchLimits limits;
    private final LuceneQueryBuilder builder;
    private final Snippets snippets = new Snippets();

    Sections(IndexHandle index, SearchLimits limits, LuceneQueryBuilder builder) {
        this.index = index;
        this.limits = limits;
        this.builder = builder;
    }

    /** A section in full; with a non-blank {@code q}, its title and text with every concept of the query marked. */
    public SectionDetail section(String id, String q) throws IOException {
        // The query is checked first, as /api/search checks it: a bad q is a 400 whichever section is asked for.
        UserQuery marked = q == null || q.isBlank() ? null : limits.parse(q);
        return index.withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                throw SearchException.notFound("no section has id '" + id + "'");
            }
            int doc = top.scoreDocs[0].doc;
            StoredSection section = StoredSection.read(searcher, doc);
            if (marked == null) {
                return section.toDetail(Html.escape(section.title()), null);
            }
            Query query = builder.build(marked, MatchMode.ANY, new IndexTermStats(searcher.getIndexReader()))
                    .anyConcept();
            Snippets.Marked html = snippets.wholeTitleAndBody(searcher, query, doc);
            return section.toDetail(html.titleHtml(), html.textHtml());
        });
    }
}
