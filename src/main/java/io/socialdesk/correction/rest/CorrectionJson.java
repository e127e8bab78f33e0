package io.socialdesk.correction.rest;

import io.socialdesk.agent.IssueAccess;
import io.socialdesk.agent.ReplyOutcome;
import io.socialdesk.agent.rest.IssueScope;
import io.socialdesk.correction.RequestMerges;
import io.socialdesk.correction.RoutingOffers;
import java.util.LinkedHashMap;
import java.util.Map;

/** The corrections' JSON for the panel. Every value is data for textContent: nothing here is markup. */
final class CorrectionJson {
    private CorrectionJson() {
    }

    static Map<String, Object> offers(RoutingOffers.Offers offers) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("possible", offers.possible().stream().map(p -> {
            Map<String, Object> possible = new LinkedHashMap<>();
            possible.put("interactionId", p.interactionId());
            possible.put("on", IssueScope.request(p.on()));
            possible.put("closeTo", IssueScope.request(p.closeTo()));
            possible.put("text", p.text());
            return possible;
        }).toList());
        json.put("alsoOpen", offers.alsoOpen().stream().map(IssueScope::request).toList());
        json.put("targets", offers.targets().stream().map(IssueScope::request).toList());
        return json;
    }

    static Map<String, Object> moved(String state) {
        return Map.of("state", state);
    }

    static Map<String, Object> merged(IssueAccess.IssueRef source, IssueAccess.IssueRef target,
                                      RequestMerges.Merged merged) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", merged.pending() > 0 ? "pending" : "merged");
        json.put("from", source.key());
        json.put("into", target.key());
        json.put("moved", merged.moved());
        json.put("pending", merged.pending());
        json.put("resolved", merged.resolved());
        json.put("told", merged.told().map(CorrectionJson::told).orElse(null));
        return json;
    }

    private static String told(ReplyOutcome outcome) {
        return switch (outcome) {
            case ReplyOutcome.Sent sent -> "sent";
            case ReplyOutcome.Rejected rejected -> "not sent: " + rejected.message();
            case ReplyOutcome.Failed failed -> "not sent: " + failed.reason();
        };
    }
}
