package io.socialdesk.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a request body up to a limit, so an oversized webhook is refused without being held in memory whole. */
public final class BoundedBody {
    public static final int WEBHOOK_LIMIT = 64 * 1024;

    private BoundedBody() {
    }

    /** The body, or empty when it is longer than {@code limit} bytes. */
    public static Optional<byte[]> read(InputStream in, int limit) throws IOException {
        if (in == null) {
            return Optional.of(new byte[0]);
        }
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
    }
}
