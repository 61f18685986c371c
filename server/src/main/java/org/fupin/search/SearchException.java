package org.fupin.search;

/** A request the service refuses, with the HTTP-neutral kind of refusal and a message a user can act on. */
public final class SearchException extends RuntimeException {

    /** Why the request was refused. */
    public enum Kind {
        /** The request broke a stated rule (bad parameter, limit exceeded). */
        BAD_REQUEST,
        /** The named thing does not exist. */
        NOT_FOUND,
        /** The service is busy or the search ran out of time; trying again later may work. */
        UNAVAILABLE,
        /** The request clashes with work already in progress (a second re-index while one runs). */
        CONFLICT
    }

    private final Kind kind;

    private SearchException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    /** A request that broke a stated rule. */
    public static SearchException badRequest(String message) {
        return new SearchException(Kind.BAD_REQUEST, message);
    }

    /** A request for something that does not exist. */
    public static SearchException notFound(String message) {
        return new SearchException(Kind.NOT_FOUND, message);
    }

    /** A request the service cannot serve right now. */
    public static SearchException unavailable(String message) {
        return new SearchException(Kind.UNAVAILABLE, message);
    }

    /** A request that clashes with work already in progress. */
    public static SearchException conflict(String message) {
        return new SearchException(Kind.CONFLICT, message);
    }

    /** The kind of refusal. */
    public Kind kind() {
        return kind;
    }
}
