package org.fupin.search;

import java.io.IOException;
import java.nio.file.Path;

/** The index folder holds an index that cannot be opened or fails its checksums: corrupt, truncated or incomplete. */
public final class UnreadableIndexException extends IOException {

    /** The index in {@code path} failed to open with {@code cause}. */
    public UnreadableIndexException(Path path, Throwable cause) {
        super(
                "the index in " + path.toAbsolutePath() + " is corrupt or incomplete ("
                        + cause.getClass().getSimpleName()
                        + ": " + cause.getMessage() + "); rebuild it with `index --input <seeds> --index " + path
                        + "`, or delete the folder so that serve builds it from --seeds",
                cause);
    }
}
