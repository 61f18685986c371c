/** The canonical facet vocabularies (provinces and programs) shared by the indexer, the server and the UI. */
package org.fupin.vocab;
