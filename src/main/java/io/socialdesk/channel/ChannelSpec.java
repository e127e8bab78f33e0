package io.socialdesk.channel;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the rest of SocialDesk needs to know about a channel, declared once by the channel itself: its label and
 * icon, the secrets an account needs, whether SocialDesk polls it or it pushes to SocialDesk, how its user ids are
 * scoped, where its API lives by default, the length rule of a reply, (where its credentials tell) the account's
 * own user id, the pace of an incident answer's personal replies, how many posts' public counts may be read, the
 * pictures a reply may carry, and whether its terms let an admin keep posts their authors deleted. Adding a channel means a package with its
 * spec and driver, and one line in the installed channels.
 */
public record ChannelSpec(ChannelKind kind, String label, String icon, Delivery delivery,
                          List<CredentialSpec> credentials, IdentityScope identityScope,
                          Optional<URI> defaultApiBaseUrl, ReplyRule replyRule,
                          Function<Credentials, Optional<String>> ownUserIdHint, BulkReplies bulkReplies,
                          EngagementBudget engagementReads, MediaAllowance replyMedia,
                          DeletedPosts deletedPosts, Optional<String> webhookPath) {
    /** For channels whose credentials do not name the account's own user id. */
    public static final Function<Credentials, Optional<String>> NO_HINT = credentials -> Optional.empty();

    /** Polled: SocialDesk fetches posts on a schedule with a cursor. Pushed: the other side calls a webhook. */
    public enum Delivery {
        POLLED,
        PUSHED
    }

    /**
     * GLOBAL: a user id means one person everywhere on the network (X ids). INSTANCE: an id is only unique on the
     * server that issued it (a Mastodon account id is its instance's row id), so identities carry the instance's host.
     * PHONE_NUMBER: a user id is a phone number in E.164, the same person on every channel whose ids are numbers (the
     * caller of yesterday's call is today's WhatsApp sender), so they share one identity.
     */
    public enum IdentityScope {
        GLOBAL,
        INSTANCE,
        PHONE_NUMBER
    }

    /** A channel whose replies an incident answer may not send in bulk (until it declares its pace). */
    public ChannelSpec(ChannelKind kind, String label, String icon, Delivery delivery, List<CredentialSpec> credentials,
                       IdentityScope identityScope, Optional<URI> defaultApiBaseUrl, ReplyRule replyRule,
                       Function<Credentials, Optional<String>> ownUserIdHint) {
        this(kind, label, icon, delivery, credentials, identityScope, defaultApiBaseUrl, replyRule, ownUserIdHint,
                BulkReplies.NONE, EngagementBudget.NONE, MediaAllowance.NONE, DeletedPosts.MUST_GO, Optional.empty());
    }

    public ChannelSpec withBulkReplies(BulkReplies pace) {
        return new ChannelSpec(kind, label, icon, delivery, credentials, identityScope, defaultApiBaseUrl, replyRule,
                ownUserIdHint, pace, engagementReads, replyMedia, deletedPosts, webhookPath);
    }

    /** Declares that the driver reads posts' public counts, and how many per period. */
    public ChannelSpec withEngagementReads(EngagementBudget budget) {
        return new ChannelSpec(kind, label, icon, delivery, credentials, identityScope, defaultApiBaseUrl, replyRule,
                ownUserIdHint, bulkReplies, budget, replyMedia, deletedPosts, webhookPath);
    }

    /** Declares that the driver sends pictures with replies, within {@code allowance}. */
    public ChannelSpec withReplyMedia(MediaAllowance allowance) {
        return new ChannelSpec(kind, label, icon, delivery, credentials, identityScope, defaultApiBaseUrl, replyRule,
                ownUserIdHint, bulkReplies, engagementReads, allowance, deletedPosts, webhookPath);
    }

    /** Declares that the network's terms let the admin keep posts their authors deleted. */
    public ChannelSpec withDeletedPosts(DeletedPosts rule) {
        return new ChannelSpec(kind, label, icon, delivery, credentials, identityScope, defaultApiBaseUrl, replyRule,
                ownUserIdHint, bulkReplies, engagementReads, replyMedia, rule, webhookPath);
    }

    /**
     * Declares where a pushed channel's sender delivers to, under Jira's base URL ({@code {account}} stands for the
     * account's id), shown to the admin to copy.
     */
    public ChannelSpec withWebhook(String path) {
        return new ChannelSpec(kind, label, icon, delivery, credentials, identityScope, defaultApiBaseUrl, replyRule,
                ownUserIdHint, bulkReplies, engagementReads, replyMedia, deletedPosts, Optional.of(path));
    }

    public ChannelSpec {
        credentials = List.copyOf(credentials);
        if (delivery == Delivery.POLLED && webhookPath.isPresent()) {
            throw new IllegalArgumentException("a polled channel is not delivered to by webhook");
        }
    }

    public boolean polled() {
        return delivery == Delivery.POLLED;
    }

    /**
     * Whether an account has an API address: every polled channel, and a pushed one whose replies go to an API
     * (WhatsApp: messages arrive by webhook, answers are posted to the Cloud API). A phone line has none.
     */
    public boolean callsApi() {
        return polled() || defaultApiBaseUrl.isPresent();
    }

    /** The webhook path of one account, for the admin to copy; empty for a polled channel. */
    public Optional<String> webhookPathOf(long accountId) {
        return webhookPath.map(path -> path.replace("{account}", Long.toString(accountId)));
    }

    public List<String> credentialNames() {
        return credentials.stream().map(CredentialSpec::name).toList();
    }

    public List<String> requiredCredentials() {
        return credentials.stream().filter(CredentialSpec::required).map(CredentialSpec::name).toList();
    }

    /** The i18n key of where a pushed account's webhook URL is entered (the telephony system, the Meta app). */
    public String webhookHelpKey() {
        return "socialdesk.channel." + kind.key() + ".webhook";
    }

    /** The i18n key of the channel's name in the panel and admin pages. */
    public String labelKey() {
        return "socialdesk.channel." + kind.key();
    }
}
