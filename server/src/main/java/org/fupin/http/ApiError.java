package org.fupin.http;

/**
 * The JSON body of every error response: {@code {"error": {"status": 400, "message": "..."}}}.
 *
 * @param error the status and a message saying what was wrong and what is allowed
 */
public record ApiError(Detail error) {

    /**
     * The error itself.
     *
     * @param status  the HTTP status code
     * @param message what was wrong and what is allowed; never a stack trace
     */
    public record Detail(int status, String message) {}

    /** An error body. */
    public static ApiError of(int status, String message) {
        return new ApiError(new Detail(status, message));
    }
}
