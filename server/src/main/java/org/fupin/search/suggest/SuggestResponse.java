package org.fupin.search.suggest;

import java.util.List;

/**
 * The answer of {@code GET /api/suggest}.
 *
 * @param q           the text as sent
 * @param suggestions best first: those that begin with the typed text before those that contain it, then the
 *                    more common, then those in the reader's language
 */
public record SuggestResponse(String q, List<Suggestion> suggestions) {

    public SuggestResponse {
        suggestions = List.copyOf(suggestions);
    }
}
