package io.socialdesk.phone.rest;

import com.atlassian.annotations.security.XsrfProtectionExcluded;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.channel.CredentialStore;
import io.socialdesk.phone.CallIntake;
import io.socialdesk.phone.CallJson;
import io.socialdesk.phone.CallSettingsSource;
import io.socialdesk.phone.LineSecrets;
import io.socialdesk.phone.ParsedCall;
import io.socialdesk.phone.PhoneLines;
import io.socialdesk.phone.PhoneNumbers;
import io.socialdesk.phone.SignedWebhook;
import io.socialdesk.phone.TwilioCallback;
import io.socialdesk.phone.TwilioSignature;
import io.socialdesk.web.RequestBody;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code POST /rest/socialdesk/1.0/calls} (generic, HMAC-SHA256) and {@code .../calls/twilio} (Twilio
 * status callbacks). Open to anonymous callers: the signature is the only lock, checked before anything is parsed,
 * and nothing is stored on any error.
 */
@Path("/calls")
@UnrestrictedAccess
public class CallWebhookResource {
    private final PhoneLines lines;
    private final CredentialStore credentials;
    private final CallIntake intake;
    private final CallSettingsSource settings;
    private final Clock clock;

    @Inject
    public CallWebhookResource(PhoneLines lines, CredentialStore credentials, CallIntake intake,
                               CallSettingsSource settings, Clock clock) {
        this.lines = lines;
        this.credentials = credentials;
        this.intake = intake;
        this.settings = settings;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @UnrestrictedAccess
    @XsrfProtectionExcluded // server-to-server and signed: no browser session to forge
    public Response generic(@QueryParam("line") Long lineId,
                            @HeaderParam("X-SocialDesk-Timestamp") String timestamp,
                            @HeaderParam("X-SocialDesk-Signature") String signature,
                            InputStream body) {
        return receive(lineId, body, (line, raw) -> {
            SignedWebhook.Verdict verdict = LineSecrets.verify(credentials.credentials(line.id()),
                    Optional.ofNullable(timestamp), Optional.ofNullable(signature), raw, clock.instant());
            if (verdict != SignedWebhook.Verdict.VALID) {
                return CallResponses.unauthorized(verdict);
            }
            ParsedCall parsed = new CallJson(new PhoneNumbers(settings.defaultRegion()))
                    .parse(new String(raw, StandardCharsets.UTF_8), clock.instant());
            return take(line, parsed);
        });
    }

    @POST
    @Path("/twilio")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @UnrestrictedAccess
    @XsrfProtectionExcluded // Twilio posts form-encoded without Atlassian's token header; its signature is the lock
    public Response twilio(@QueryParam("line") Long lineId, @HeaderParam("X-Twilio-Signature") String signature,
                           @Context UriInfo uri, InputStream body) {
        return receive(lineId, body, (line, raw) -> {
            Optional<Map<String, String>> params = FormBody.parse(new String(raw, StandardCharsets.UTF_8));
            if (params.isEmpty()) {
                return CallResponses.invalid(new ParsedCall.Invalid("body", "must be form-encoded parameters"));
            }
            String token = credentials.credentials(line.id()).get("twilioAuthToken").orElse("");
            // Twilio signs the URL it called, query string included
            if (!TwilioSignature.valid(token, uri.getRequestUri().toString(), params.get(),
                    Optional.ofNullable(signature))) {
                return CallResponses.unauthorized(signature == null ? SignedWebhook.Verdict.MISSING
                        : SignedWebhook.Verdict.WRONG);
            }
            ParsedCall parsed = new TwilioCallback(new PhoneNumbers(settings.defaultRegion()))
                    .parse(params.get(), clock.instant());
            return take(line, parsed);
        });
    }

    /** What both webhooks do first: the body, at most 64 KiB, and the phone line it is for, else the refusal. */
    private Response receive(Long lineId, InputStream body, BiFunction<ChannelAccount, byte[], Response> handle) {
        RequestBody.Read read = RequestBody.bytes(body);
        if (!(read instanceof RequestBody.Bytes raw)) {
            return ((RequestBody.Refused) read).error().response();
        }
        return switch (lines.find(Optional.ofNullable(lineId))) {
            case PhoneLines.Lookup.Found found -> handle.apply(found.line(), raw.bytes());
            case PhoneLines.Lookup.Problem problem -> CallResponses.noLine(problem.message());
        };
    }

    private Response take(ChannelAccount line, ParsedCall parsed) {
        return switch (parsed) {
            case ParsedCall.Invalid invalid -> CallResponses.invalid(invalid);
            case ParsedCall.NotFinal progress -> CallResponses.ignored(progress.status());
            case ParsedCall.Valid valid -> CallResponses.of(intake.accept(line, valid.call()));
        };
    }
}
