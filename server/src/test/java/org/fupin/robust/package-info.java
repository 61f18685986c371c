/** Robustness tests against the real server: hostile input, limits, load, re-indexing and crash behaviour. */
package org.fupin.robust;
