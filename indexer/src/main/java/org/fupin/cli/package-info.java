/** The indexer's command line. */
package org.fupin.cli;
