package org.fupin.http;

import io.javalin.http.Context;
import java.util.List;
import org.fupin.search.Sections;

/** {@code GET /api/sections/{id}}: one whole section, optionally with a query's terms marked. */
final class SectionHandler {

    private static final List<String> PARAMETERS = List.of("q");

    private final Sections sections;

    SectionHandler(Sections sections) {
        this.sections = sections;
    }

    void get(Context ctx) throws Exception {
        // The same rules as /api/search: only q, once, within the character and word limits (checked by the service).
        Parameters.allowOnly(ctx, PARAMETERS);
        ctx.json(sections.section(ctx.pathParam("id"), Parameters.single(ctx, "q")));
    }
}
