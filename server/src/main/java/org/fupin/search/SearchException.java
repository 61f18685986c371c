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
        CONFLICT,
        /** The request was understood but its outcome was refused (a re-index that would empty the index). */
        UNPROCESSABLE,
        /** The server could not write what the request needed because its disk is full. */
        INSUFFICIENT_STORAGE,
        /** The server could not write what the request needed (an I/O error other than a full disk). */
        WRITE_FAILED
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

    /** A request whose outcome the service refuses although the request itself is well-formed. */
    public static SearchException unprocessable(String message) {
        return new SearchException(Kind.UNPROCESSABLE, message);
    }

    /** A request that failed because the server could not write; {@code diskFull} when the disk is full. */
    public static SearchException writeFailed(String message, boolean diskFull) {
        return new SearchException(diskFull ? Kind.INSUFFICIENT_STORAGE : Kind.WRITE_FAILED, message);
    }

    /** The kind of refusal. */
    public Kind kind() {
        return kind;
    }
}
