package org.fupin.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which sections a query matches: those that match every concept (the default) or those that match any. */
public enum MatchMode {
    /** Every concept must match; when few sections do, those that miss one follow, marked as partial. */
    ALL,
    /** Any concept may match, sections with more of them ranking first (the loose behaviour of earlier versions). */
    ANY;

    /** The API value, {@code all} or {@code any}. */
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode for an API value. */
    public static Optional<MatchMode> byApiValue(String value) {
        return Arrays.stream(values()).filter(m -> m.apiValue().equals(value)).findFirst();
    }
}
