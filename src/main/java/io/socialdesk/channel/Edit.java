package io.socialdesk.channel;

import java.time.Instant;

/** A post its author edited after SocialDesk took it in, as the network shows it now: its new words and when. */
public record Edit(String text, Instant editedAt) {
}
