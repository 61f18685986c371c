/**
 * Bilingual queries: the Chinese–English {@link org.fupin.query.bilingual.Glossary} (bundled plus an optional user file),
 * the {@link org.fupin.query.bilingual.QueryTranslator} that expands a user's Chinese, English or mixed words into
 * alternative search phrases with a record of what was translated, and the English query analyzer with synonyms
 * ({@link org.fupin.query.bilingual.QueryAnalyzers}). Free of Javalin; the server plugs it into its term-expansion seam.
 */
package org.fupin.query.bilingual;
