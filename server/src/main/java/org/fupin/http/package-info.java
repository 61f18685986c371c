/**
 * The HTTP layer: {@link org.fupin.http.App} declares the Javalin app (routes, error mapping, security headers,
 * request log, static web UI), one handler class per resource reads parameters and calls the search service.
 */
package org.fupin.http;
