package io.socialdesk.automation;

import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.Engagement;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What Automation and JQL get to see when a customer's post on a request is at risk of going viral: the
 * {@code socialdeskViral} issue property (its own key, so the {@code socialdesk} property each contact rewrites never
 * erases it) and the *SocialDesk: viral risk* event.
 */
public record ViralSignal(long issueId, ChannelKind channel, String authorHandle, OptionalLong followers,
                          Engagement counts, long threshold, Optional<URI> postUrl, Instant detectedAt,
                          String actorKey) {
}
