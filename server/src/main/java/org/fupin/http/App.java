package org.fupin.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.HexFormat;
import java.util.List;
import org.fupin.search.SearchService;
import org.fupin.search.suggest.Suggestions;

/** Declares the whole HTTP application; {@link #create} returns it unstarted. */
public final class App {

    /** Shared by every app in the JVM (tests start several), so there is one writer thread. */
    private static final RequestLog REQUESTS = RequestLog.to(System.err);
    /** Where the static web UI lives on the class path (packaged from the repository's {@code web/} folder). */
    static final String WEB_RESOURCES = "/web";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /**
     * Request line plus headers. 16 KiB fits the longest allowed {@code q} (1,000 characters, 12 KiB when every one
     * is a percent-encoded 4-byte emoji) with filters, so every over-long query gets the app's JSON 400 naming the
     * limit; anything larger gets Jetty's 414/431, in JSON too (see {@link JsonErrorHandler}).
     */
    static final int MAX_REQUEST_HEADER_BYTES = 16 * 1024;
    /** The API reads no request bodies; the admin POST needs none either. */
    static final int MAX_REQUEST_BODY_BYTES = 16 * 1024;

    private App() {}

    /** The JSON mapper for every response: records with snake_case property names. */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }

    /** The application over {@code service} without the admin API, not yet started. */
    public static Javalin create(SearchService service, HttpConfig http) {
        return create(service, http, AdminConfig.disabled());
    }

    /**
     * The application over {@code service} with the admin API as configured, not yet started; without suggestions
     * (no {@code /api/suggest}, no did-you-mean).
     */
    public static Javalin create(SearchService service, HttpConfig http, AdminConfig admin) {
        return create(service, http, admin, null);
    }

    /**
     * The application over {@code service} with the admin API as configured and {@code suggestions} (null for none)
     * behind {@code /api/suggest} and the search's did-you-mean, not yet started.
     */
    public static Javalin create(SearchService service, HttpConfig http, AdminConfig admin, Suggestions suggestions) {
        AdminHandler adminHandler = new AdminHandler(admin);
        SearchHandler search = new SearchHandler(service, suggestions);
        SectionHandler sections = new SectionHandler(service.sections());
        FacetsHandler facets = new FacetsHandler(service.overview());
        StatsHandler stats = new StatsHandler(service.overview());
        FiguresHandler figures = new FiguresHandler(service);
        OpenApiHandler openApi = new OpenApiHandler();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = http.host();
            config.jetty.port = http.port();
            // Long queries must reach the handler, which refuses them with a JSON message naming the limit.
            config.jetty.modifyHttpConfiguration(h -> h.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES));
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
            config.http.maxRequestSize = MAX_REQUEST_BODY_BYTES;
            config.jsonMapper(new JavalinJackson(objectMapper(), false));
            config.requestLogger.http((ctx, ms) ->
                    REQUESTS.log(ctx.method().name(), ctx.path(), ctx.status().getCode(), ms));
            if (App.class.getResource(WEB_RESOURCES) != null) {
                config.staticFiles.add(staticFiles -> {
                    staticFiles.hostedPath = "/";
                    staticFiles.directory = WEB_RESOURCES;
                    staticFiles.location = Location.CLASSPATH;
                });
            }
            config.routes.before(App::securityHeaders);
            config.routes.before(App::refuseLargeBodies);
            config.routes.before(App::refuseMalformedEscapes);
            config.routes.get("/api/search", search::search);
            config.routes.get("/api/sections/{id}", sections::get);
            config.routes.get("/api/facets", facets::all);
            config.routes.get("/api/figures", figures::figures);
            config.routes.get("/api/stats", stats::stats);
            if (suggestions != null) {
                config.routes.get("/api/suggest", new SuggestHandler(suggestions)::suggest);
            }
            config.routes.get("/api/openapi.json", openApi::get);
            config.routes.get("/health", stats::health);
            config.routes.post("/api/admin/reindex", adminHandler::reindex);
            ErrorMapping.install(config);
        });
    }

    /** Every HTTP route of {@code app} as "METHOD path", e.g. {@code GET /api/search}. */
    public static List<String> routes(Javalin app) {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> e.method.name() + " " + e.path)
                .toList();
    }

    /**
     * Javalin decodes path and query parameters with {@link java.net.URLDecoder}, which throws on a '%' not followed
     * by two hex digits ({@code %u0041}, a trailing {@code %}); refuse those here with a 400 instead of a 500.
     */
    private static void refuseMalformedEscapes(Context ctx) {
        String uri = ctx.req().getRequestURI();
        String query = ctx.queryString();
        if (malformedEscape(uri) || (query != null && malformedEscape(query))) {
            ErrorMapping.write(
                    ctx,
                    HttpStatus.BAD_REQUEST,
                    "the URL has a '%' that is not followed by two hex" + " digits; percent-encode '%' itself as %25");
            ctx.skipRemainingHandlers();
        }
    }

    static boolean malformedEscape(String s) {
        for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
            if (i + 2 >= s.length()
                    || !HexFormat.isHexDigit(s.charAt(i + 1))
                    || !HexFormat.isHexDigit(s.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    private static void refuseLargeBodies(Context ctx) {
        if (ctx.contentLength() > MAX_REQUEST_BODY_BYTES) {
            ctx.header("Connection", "close");
            ErrorMapping.write(
                    ctx,
                    HttpStatus.CONTENT_TOO_LARGE,
                    "request bodies may be at most " + MAX_REQUEST_BODY_BYTES / 1024 + " KiB; this one is "
                            + ctx.contentLength() + " bytes");
            ctx.skipRemainingHandlers();
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
