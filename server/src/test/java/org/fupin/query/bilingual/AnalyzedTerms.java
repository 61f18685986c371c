package org.fupin.query.bilingual;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.fupin.index.Analyzers;

/** The terms an analyzer makes of a text, in order, for tests that pin analysis. */
final class AnalyzedTerms {

    private AnalyzedTerms() {}

    static List<String> of(Analyzer analyzer, String field, String text) {
        return Analyzers.tokens(analyzer, field, text);
    }
}
