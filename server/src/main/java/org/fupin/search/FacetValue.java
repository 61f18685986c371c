package org.fupin.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One facet value with its count; labels are absent for years, which label themselves.
 *
 * @param value    the value to filter by
 * @param labelEn  English label, or null
 * @param labelZh  Chinese label, or null
 * @param count    matching sections (for a search: ignoring this facet's own selection)
 * @param selected true when the request filters by this value
 */
public record FacetValue(String value,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String labelEn,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String labelZh,
                         int count, boolean selected) {
}
