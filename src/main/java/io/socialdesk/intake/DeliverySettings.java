package io.socialdesk.intake;

import java.util.Optional;
import java.util.Set;

/**
 * What the customer receives besides the desk's own notifications. {@code repliesInPortal}: the service desks where an
 * agent's reply in kind is also a public comment (the customer sees it in the portal and JSM e-mails it to them);
 * elsewhere it reaches them once, on their channel, and the request keeps it as an internal note.
 * {@code acknowledgement}: the text sent in kind once when a request is created for a post, {@code [key]} standing for
 * the request's key; empty sends none.
 */
public record DeliverySettings(Set<Integer> repliesInPortal, String acknowledgement) {
    public static final int MAX_ACKNOWLEDGEMENT = 200;
    public static final String KEY = "[key]";

    public DeliverySettings {
        repliesInPortal = Set.copyOf(repliesInPortal);
    }

    public static DeliverySettings defaults() {
        return new DeliverySettings(Set.of(), "");
    }

    public boolean alsoInPortal(int serviceDeskId) {
        return repliesInPortal.contains(serviceDeskId);
    }

    public Optional<String> acknowledgementFor(String requestKey) {
        return acknowledgement.isBlank() ? Optional.empty()
                : Optional.of(acknowledgement.strip().replace(KEY, requestKey));
    }
}
