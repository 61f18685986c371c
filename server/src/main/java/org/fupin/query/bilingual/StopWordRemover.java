package org.fupin.query.bilingual;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Drops stop words after stemming and synonyms, leaving a position gap like {@code StopFilter}. A query token is
 * dropped when an earlier filter marked it (keyword flag): deciding on the mark rather than the stemmed text keeps
 * "being" (stemmed to the stop word "be") exactly as the index's EnglishAnalyzer keeps it. Tokens injected by the
 * synonym filter carry no mark, so they are dropped by text ("and" in "science and technology").
 */
final class StopWordRemover extends FilteringTokenFilter {

    private final CharArraySet stopWords;
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    StopWordRemover(TokenStream in, CharArraySet stopWords) {
        super(in);
        this.stopWords = stopWords;
    }

    @Override
    protected boolean accept() {
        if (keyword.isKeyword()) {
            return false;
        }
        boolean injected = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
        return !(injected && stopWords.contains(term.buffer(), 0, term.length()));
    }
}
