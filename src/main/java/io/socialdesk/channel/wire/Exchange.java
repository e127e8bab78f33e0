package io.socialdesk.channel.wire;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * What one HTTP exchange with a network gave: an answer with any status, or the reason there was none. Drivers map
 * an answer's status to their network's meaning; a failure means the same on every network.
 */
public sealed interface Exchange {
    record Answer(int status, HttpHeaders headers, String body) implements Exchange {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    record Failed(Problem problem, String detail) implements Exchange {
        /** Whether the network may have acted on the request (a reply may be posted although we saw no answer). */
        public boolean ambiguous() {
            return problem == Problem.TIMED_OUT || problem == Problem.INTERRUPTED || problem == Problem.TOO_LARGE
                    || problem == Problem.CONNECTION_FAILED;
        }
    }

    enum Problem {
        /** No answer within the request timeout. */
        TIMED_OUT,
        /** Refused, reset or not resolvable: nothing usable came back. */
        CONNECTION_FAILED,
        /** The job was being stopped (Jira shutting down, the plugin disabled). */
        INTERRUPTED,
        /** A 3xx: never followed, as the request carries the account's token. */
        REDIRECTED,
        /** The host resolved to an address SocialDesk does not send tokens to. */
        ADDRESS_REFUSED,
        /** An answer larger than any page the networks send. */
        TOO_LARGE
    }
}
