package io.socialdesk.channel.wire;

import java.net.http.HttpHeaders;
import java.util.Optional;

/** What {@link HttpEdge#fetch} gave: a file's bytes with the answer's status, or why there were none. */
public sealed interface Fetched {
    record File(int status, HttpHeaders headers, byte[] bytes) implements Fetched {
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    record Failed(Exchange.Failed failure) implements Fetched {
    }
}
