package org.fupin.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.fupin.vocab.Language;

/**
 * One facet value with its count; labels are absent for years, which label themselves.
 *
 * @param value    the value to filter by
 * @param labelEn  English label, or null
 * @param labelZh  Chinese label, or null
 * @param label    the label in the reader's language ({@code lang}), or null for years
 * @param count    matching sections (for a search: ignoring this facet's own selection)
 * @param selected true when the request filters by this value
 */
public record FacetValue(
        String value,
        @JsonInclude(JsonInclude.Include.NON_NULL) String labelEn,
        @JsonInclude(JsonInclude.Include.NON_NULL) String labelZh,
        @JsonInclude(JsonInclude.Include.NON_NULL) String label,
        int count,
        boolean selected) {

    /** A value with its labels; {@code label} is the one in {@code lang}, falling back to English. */
    static FacetValue of(String value, String labelEn, String labelZh, int count, boolean selected, Language lang) {
        String label = lang == Language.ZH && labelZh != null ? labelZh : labelEn;
        return new FacetValue(value, labelEn, labelZh, label, count, selected);
    }
}
