package io.socialdesk.phone;

import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;
import io.socialdesk.channel.CredentialSpec;
import io.socialdesk.channel.ReplyRule;
import java.util.List;
import java.util.Optional;

/**
 * A phone line as a channel: pushed (the telephony system calls SocialDesk's webhook; there is no API to poll, no
 * interval, no cursor), numbers in E.164 are global ids, calls are not answered in writing. Its secrets: the signing
 * secret of generic webhooks, and optionally Twilio's auth token and an Automation incoming-webhook URL.
 */
public final class PhoneChannel {
    public static final ChannelSpec SPEC = new ChannelSpec(ChannelKind.PHONE, "Phone", "images/channels/phone.svg",
            ChannelSpec.Delivery.PUSHED, List.of(
                    new CredentialSpec("webhookSecret", true, "socialdesk.credential.phone.webhookSecret"),
                    new CredentialSpec("twilioAuthToken", false, "socialdesk.credential.phone.twilioAuthToken"),
                    new CredentialSpec(CallNotices.AUTOMATION_WEBHOOK_URL, false,
                            "socialdesk.credential.phone.automationWebhookUrl")),
            ChannelSpec.IdentityScope.PHONE_NUMBER, Optional.empty(), ReplyRule.NO_REPLIES, ChannelSpec.NO_HINT)
            .withWebhook("/rest/socialdesk/1.0/calls?line={account}");

    private PhoneChannel() {
    }
}
