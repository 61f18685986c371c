/**
 * The Javalin-free search service: the lenient user query language ({@link org.fupin.search.QueryParser},
 * {@link org.fupin.search.UserQuery}), its translation to Lucene ({@link org.fupin.search.LuceneQueryBuilder}) with an
 * expansion seam for bilingual search ({@link org.fupin.search.TermExpander}), the shared searcher
 * ({@link org.fupin.search.IndexHandle}), and the records the API returns.
 */
package org.fupin.search;
