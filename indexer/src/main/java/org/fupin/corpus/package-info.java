/**
 * Reading yearbook reports: splitting text into chapters and sections, detecting headings, attributions,
 * province, year and program tags. Nothing here knows about Lucene.
 */
package org.fupin.corpus;
