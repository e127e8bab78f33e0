package io.socialdesk.admin;

import com.google.gson.JsonObject;
import io.socialdesk.insights.Insights;
import java.time.Duration;
import java.util.Optional;

/** The insights' targets in a settings body: each optional, each checked against its range. */
final class TargetsDraft {
    private TargetsDraft() {
    }

    /** The targets read, or what was wrong with them. */
    record Read(Insights.Targets targets, SettingsDraft.Invalid invalid) {
        static Read wrong(String field, String message) {
            return new Read(null, new SettingsDraft.Invalid(field, message));
        }
    }

    /**
     * The insights' targets; each optional (a console or script written before they were settable keeps working and
     * gets the default).
     */
    static Read read(JsonObject json) {
        Insights.Targets defaults = Insights.Targets.defaults();
        Optional<Integer> response = SettingsDraft.wholeOr(json, "responseTargetMinutes",
                Insights.Targets.MIN_RESPONSE_MINUTES, Insights.Targets.MAX_RESPONSE_MINUTES,
                (int) defaults.response().toMinutes());
        if (response.isEmpty()) {
            return Read.wrong("responseTargetMinutes", "must be a whole number of minutes from "
                    + Insights.Targets.MIN_RESPONSE_MINUTES + " to " + Insights.Targets.MAX_RESPONSE_MINUTES);
        }
        Optional<Integer> contacts = SettingsDraft.wholeOr(json, "repeatContacts", 2, Insights.Targets.MAX_REPEAT,
                defaults.repeatContacts());
        if (contacts.isEmpty()) {
            return Read.wrong("repeatContacts", "must be a whole number from 2 to "
                    + Insights.Targets.MAX_REPEAT);
        }
        Optional<Integer> channels = SettingsDraft.wholeOr(json, "repeatChannels", 2, Insights.Targets.MAX_REPEAT,
                defaults.repeatChannels());
        if (channels.isEmpty()) {
            return Read.wrong("repeatChannels", "must be a whole number from 2 to "
                    + Insights.Targets.MAX_REPEAT);
        }
        Optional<Integer> tolerance = SettingsDraft.wholeOr(json, "equalTolerancePercent",
                Insights.Targets.MIN_TOLERANCE_PERCENT, Insights.Targets.MAX_TOLERANCE_PERCENT,
                defaults.tolerancePercent());
        if (tolerance.isEmpty()) {
            return Read.wrong("equalTolerancePercent", "must be a whole percentage from "
                    + Insights.Targets.MIN_TOLERANCE_PERCENT + " (1.1×) to " + Insights.Targets.MAX_TOLERANCE_PERCENT
                    + " (10×)");
        }
        Optional<String> slaName = json.has("slaName") ? SettingsDraft.text(json, "slaName").map(String::strip)
                .filter(name -> !name.isEmpty() && name.length() <= Insights.Targets.MAX_SLA_NAME)
                : Optional.of(defaults.slaName());
        if (slaName.isEmpty()) {
            return Read.wrong("slaName", "must name JSM's first-response SLA as the desk calls it (1 to "
                    + Insights.Targets.MAX_SLA_NAME + " characters)");
        }
        return new Read(new Insights.Targets(Duration.ofMinutes(response.get()), contacts.get(),
                channels.get(), tolerance.get() / 100.0, slaName.get()), null);
    }
}
