package org.fupin.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The orders a result list can be sorted in; the API value is the lower-case name. */
public enum SortOrder {
    RELEVANCE,
    /** Newest year first. */
    YEAR,
    YEAR_ASC,
    /** Province name A to Z. */
    PROVINCE;

    /** The value used in the API. */
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order with this API value. */
    public static Optional<SortOrder> byApiValue(String value) {
        return Arrays.stream(values())
                .filter(s -> s.apiValue().equals(value.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** The allowed API values, comma separated, for error messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(SortOrder::apiValue).collect(Collectors.joining(", "));
    }
}
