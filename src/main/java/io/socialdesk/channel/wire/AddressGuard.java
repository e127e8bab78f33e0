package io.socialdesk.channel.wire;

import java.util.Optional;

/** Decides, right before each connection, whether a host may receive an account's request (and its token). */
@FunctionalInterface
public interface AddressGuard {
    /** Any host: for tests and the sandbox, whose fake networks run on loopback. */
    AddressGuard ANY_HOST = host -> Optional.empty();

    /** Why {@code host} must not be connected to now, or empty when it may. */
    Optional<String> refusal(String host);
}
