package io.socialdesk.channel;

/** The service desk and request type that new requests from an account are raised in. */
public record RequestTarget(int serviceDeskId, int requestTypeId) {
    public RequestTarget {
        if (serviceDeskId <= 0 || requestTypeId <= 0) {
            throw new IllegalArgumentException("service desk and request type ids are positive");
        }
    }
}
