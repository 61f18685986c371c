/**
 * Everything between the text a user typed and a Lucene query: the lenient query language
 * ({@link org.fupin.query.QueryParser}, {@link org.fupin.query.UserQuery}), the expansion seam
 * ({@link org.fupin.query.TermExpander}, with its bilingual implementation {@link org.fupin.query.GlossaryExpander}) and
 * the translation to Lucene ({@link org.fupin.query.LuceneQueryBuilder}). Index-time analysis stays in the indexer's
 * {@code org.fupin.index}, which both sides share.
 */
package org.fupin.query;
