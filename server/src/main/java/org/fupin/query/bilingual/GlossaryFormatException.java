package org.fupin.query.bilingual;

/** A glossary line that cannot be read; the message names the file and line so a user can fix it. */
public final class GlossaryFormatException extends IllegalArgumentException {

    private final String file;
    private final int line;

    /** A problem on {@code line} (from 1) of {@code file}. */
    public GlossaryFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file name or path as given to the loader. */
    public String file() {
        return file;
    }

    /** The line number, from 1. */
    public int line() {
        return line;
    }
}
