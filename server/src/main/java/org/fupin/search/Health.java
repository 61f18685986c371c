package org.fupin.search;

/**
 * Liveness: the index is open and holds {@code sections} sections.
 *
 * @param status   "ok"
 * @param sections sections in the index
 */
public record Health(String status, int sections) {}
