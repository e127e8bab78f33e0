package io.socialdesk.store;

import io.socialdesk.sandbox.ao.EntityManagerActiveObjects;
import net.java.ao.DBParam;

/** The channel account row store tests record posts for: an active Mastodon account. */
final class AccountRows {
    private AccountRows() {
    }

    static long mastodon(EntityManagerActiveObjects ao) {
        return mastodon(ao, "https://mastodon.example");
    }

    /** On the server at {@code apiBaseUrl} (Mastodon user ids are per server). */
    static long mastodon(EntityManagerActiveObjects ao, String apiBaseUrl) {
        return ao.create(ChannelAccountEntity.class,
                new DBParam("KIND", "mastodon"), new DBParam("NAME", "acme"),
                new DBParam("API_BASE_URL", apiBaseUrl), new DBParam("SERVICE_DESK_ID", 1),
                new DBParam("REQUEST_TYPE_ID", 1), new DBParam("POLL_SECONDS", 60L), new DBParam("CURSOR", "n0"),
                new DBParam("STATUS", "ACTIVE"), new DBParam("NEXT_POLL_AT", 0L), new DBParam("FAILURES", 0))
                .getID();
    }
}
