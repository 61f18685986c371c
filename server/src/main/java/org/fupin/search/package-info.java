/**
 * The Javalin-free search service: the shared searcher ({@link org.fupin.search.IndexHandle}), executing a query built
 * by {@link org.fupin.query}, facets, highlighting, and the records the API returns.
 */
package org.fupin.search;
