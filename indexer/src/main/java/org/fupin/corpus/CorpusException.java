package org.fupin.corpus;

/** A problem with the input reports that stops a build: a missing folder, no reports, an unreadable or non-UTF-8 file. */
public class CorpusException extends Exception {

    /** An error with a message that names the file and says what is wrong. */
    public CorpusException(String message) {
        super(message);
    }

    /** An error caused by an I/O failure. */
    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
