package io.socialdesk.insights.rest;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.socialdesk.insights.DeskAccess;
import io.socialdesk.insights.Insights;
import io.socialdesk.insights.InsightsParams;
import io.socialdesk.web.ApiError;
import io.socialdesk.web.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /insights?project=KEY&from=ISO&to=ISO&bucket=hour|day|week&zone=Area/City}: a service desk's social
 * insights, for users who may browse the project (anyone else, and a project that is no service desk, get 404).
 * Read from the hourly rollup only, so a page costs the same however many interactions the desk has.
 */
@Path("/insights")
@LicensedOnly
public class InsightsResource {
    private final UserManager users;
    private final DeskAccess desks;
    private final Insights insights;
    private final Clock clock;
    private final io.socialdesk.request.RequestTargets targets;

    @Inject
    public InsightsResource(@ComponentImport("salUserManager") UserManager users, DeskAccess desks,
                            Insights insights, Clock clock, io.socialdesk.request.RequestTargets targets) {
        this.users = users;
        this.desks = desks;
        this.insights = insights;
        this.clock = clock;
        this.targets = targets;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response insights(@QueryParam("project") String project, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("bucket") String bucket,
                             @QueryParam("zone") String zone) {
        if (project == null || project.isBlank() || project.length() > 255) {
            return ApiError.invalid("project", "is required: the service desk project's key").response();
        }
        InsightsParams.Read read = InsightsParams.read(from, to, bucket, zone, clock.instant());
        if (read.range().isEmpty()) {
            return ApiError.invalid(read.field().orElseThrow(), read.problem()).response();
        }
        String user = Optional.ofNullable(users.getRemoteUserKey()).map(UserKey::getStringValue).orElse("");
        Optional<DeskAccess.Desk> desk = desks.deskFor(project.strip(), user);
        if (desk.isEmpty()) {
            return ApiError.notFound("project", "no service desk project " + project.strip() + " you can browse")
                    .response();
        }
        Insights.Result result = insights.of(desk.get().serviceDeskId(), read.range().get());
        Map<Integer, String> typeNames = new java.util.HashMap<>();
        targets.requestTypes(desk.get().serviceDeskId(), user).forEach(t -> typeNames.put(t.id(), t.name()));
        return Response.ok(Json.write(json(desk.get(), result, typeNames)), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    private static double minutes(java.time.Duration duration) {
        return Math.round(duration.toSeconds() / 6.0) / 10.0;
    }

    private static Map<String, Object> listed(Insights.Listed listed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issueKey", listed.key());
        json.put("channel", listed.facts().channel());
        json.put("waitingSince", listed.facts().waitingSince().map(Object::toString).orElse(null));
        json.put("lastContactAt", listed.facts().lastContactAt().toString());
        json.put("contacts", listed.facts().contacts());
        json.put("channels", listed.facts().channels());
        return json;
    }

    private static Map<String, Object> responses(io.socialdesk.insights.FirstResponses.PerChannel c) {
        Map<String, Object> channel = new LinkedHashMap<>();
        channel.put("channel", c.channel());
        channel.put("answered", c.answered());
        channel.put("unanswered", c.unanswered());
        channel.put("medianMinutes", minutes(c.median()));
        channel.put("p90Minutes", minutes(c.p90()));
        return channel;
    }

    private static Map<String, Object> finding(Insights.Finding finding, Map<Integer, String> typeNames) {
        io.socialdesk.insights.FirstResponses.Unequal u = finding.unequal();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("requestTypeId", u.requestTypeId());
        json.put("requestType", typeNames.get(u.requestTypeId()));
        json.put("faster", u.faster());
        json.put("slower", u.slower());
        json.put("factor", u.factor());
        json.put("text", u.text());
        json.put("slowest", finding.slowestKeys());
        return json;
    }

    private static Map<String, Object> json(DeskAccess.Desk desk, Insights.Result result,
                                            Map<Integer, String> typeNames) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("project", desk.projectKey());
        json.put("from", result.range().from().toString());
        json.put("to", result.range().to().toString());
        json.put("bucket", result.range().bucket().name().toLowerCase(java.util.Locale.ROOT));
        json.put("zone", result.range().zone().getId());
        json.put("channels", result.channels());
        json.put("volume", result.volume().stream().map(v -> Map.of("start", v.start().toString(),
                "total", v.total(), "perChannel", v.perChannel())).toList());
        json.put("mix", result.mix().stream().map(m -> {
            Map<String, Object> bucket = new LinkedHashMap<>();
            bucket.put("start", m.start().toString());
            bucket.put("contacts", m.contacts());
            bucket.put("complaints", m.complaints());
            bucket.put("questions", m.questions());
            bucket.put("praise", m.praise());
            bucket.put("otherIntent", m.otherIntent());
            bucket.put("negative", m.negative());
            bucket.put("positive", m.positive());
            bucket.put("otherMood", m.otherMood());
            return bucket;
        }).toList());
        json.put("firstResponse", result.firstResponse().stream().map(InsightsResource::responses).toList());
        json.put("firstResponseByRequestType", result.perType().stream().map(t -> {
            Map<String, Object> type = new LinkedHashMap<>();
            type.put("requestTypeId", t.requestTypeId());
            type.put("requestType", typeNames.get(t.requestTypeId()));
            type.put("channels", t.channels().stream().map(InsightsResource::responses).toList());
            return type;
        }).toList());
        Map<String, Object> equal = new LinkedHashMap<>();
        equal.put("tolerance", result.targets().tolerance());
        json.put("targets", Map.of("responseMinutes", result.targets().response().toMinutes(),
                "repeatContacts", result.targets().repeatContacts(),
                "repeatChannels", result.targets().repeatChannels()));
        equal.put("unequal", result.unequal().stream().map(f -> finding(f, typeNames)).toList());
        json.put("equalTreatment", equal);
        json.put("surges", result.surges().stream().map(surge -> {
            Map<String, Object> mark = new LinkedHashMap<>();
            mark.put("from", surge.from().toString());
            mark.put("to", surge.to().map(Object::toString).orElse(null));
            mark.put("channel", surge.channel());
            return mark;
        }).toList());
        json.put("viralRisks", result.viralRisks().stream().map(flagged -> {
            Map<String, Object> mark = new LinkedHashMap<>();
            mark.put("at", flagged.risk().at().toString());
            mark.put("channel", flagged.risk().channel());
            mark.put("issueKey", flagged.key().orElse(null));
            return mark;
        }).toList());
        json.put("waiting", result.waiting().stream().map(InsightsResource::listed).toList());
        json.put("effort", result.effort().stream().map(InsightsResource::listed).toList());
        return json;
    }
}
