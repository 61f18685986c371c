/** The canonical vocabularies (provinces, programs and the two languages) shared by the indexer, the server and the UI. */
package org.fupin.vocab;
