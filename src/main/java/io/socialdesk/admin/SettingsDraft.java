package io.socialdesk.admin;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.intake.DeliverySettings;
import io.socialdesk.intake.PraiseRouting;
import io.socialdesk.matching.ConversationMerge;
import io.socialdesk.matching.MatchSettings;
import io.socialdesk.intake.RoutingSettings;
import io.socialdesk.intake.SurgeSettings;
import io.socialdesk.intake.ViralSettings;
import io.socialdesk.phone.PhoneNumbers;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings form as JSON, validated field by field; the first problem names its field. Every field must be
 * present, so a form from an older page cannot silently reset a setting it did not know.
 */
public final class SettingsDraft {
    static final int MAX_MERGE_HOURS = 720;
    static final int MAX_REOPEN_DAYS = 90;
    static final int MAX_ENTRIES = 200;
    static final int MAX_ENTRY = 100;

    public sealed interface Parsed {
    }

    public record Valid(Settings settings) implements Parsed {
    }

    public record Invalid(String field, String message) implements Parsed {
    }

    private SettingsDraft() {
    }

    /** Settings where no network lets an admin keep posts their authors deleted. */
    public static Parsed parse(JsonObject json) {
        return parse(json, Set.of());
    }

    /**
     * {@code keepable}: the keys of the networks whose terms let an admin keep posts their authors deleted; the
     * optional {@code keepDeletedPostsOn} may name only those.
     */
    public static Parsed parse(JsonObject json, Set<String> keepable) {
        Optional<Integer> merge = whole(json, "mergeWindowHours", 1, MAX_MERGE_HOURS);
        if (merge.isEmpty()) {
            return new Invalid("mergeWindowHours", "must be a whole number of hours from 1 to " + MAX_MERGE_HOURS);
        }
        Optional<Integer> reopen = whole(json, "reopenWindowDays", 0, MAX_REOPEN_DAYS);
        if (reopen.isEmpty()) {
            return new Invalid("reopenWindowDays", "must be a whole number of days from 0 to " + MAX_REOPEN_DAYS);
        }
        Map<String, Set<String>> lists = new LinkedHashMap<>();
        for (String field : new String[] {"blockedHandles", "blockWords"}) {
            Optional<Set<String>> entries = entries(json.get(field));
            if (entries.isEmpty()) {
                return new Invalid(field, "must be a list of at most " + MAX_ENTRIES + " texts of at most "
                        + MAX_ENTRY + " characters, without control characters");
            }
            lists.put(field, entries.get());
        }
        Optional<Boolean> skipReposts = flag(json, "skipReposts");
        if (skipReposts.isEmpty()) {
            return new Invalid("skipReposts", "must be true or false");
        }
        Optional<Boolean> missedCalls = flag(json, "missedCallCreatesRequest");
        if (missedCalls.isEmpty()) {
            return new Invalid("missedCallCreatesRequest", "must be true or false");
        }
        Optional<String> region = text(json, "defaultRegion").map(r -> r.strip().toUpperCase(Locale.ROOT))
                .filter(PhoneNumbers::supportedRegion);
        if (region.isEmpty()) {
            return new Invalid("defaultRegion", "must be a two-letter country code, e.g. US, DE, JP");
        }
        Optional<Integer> retention = whole(json, "retentionMonths", 0, Settings.MAX_RETENTION_MONTHS);
        if (retention.isEmpty()) {
            return new Invalid("retentionMonths", "must be a whole number of months from 0 (keep) to "
                    + Settings.MAX_RETENTION_MONTHS);
        }
        Optional<String> pattern = text(json, "customerNumberPattern").map(String::strip)
                .filter(SettingsDraft::usablePattern);
        if (pattern.isEmpty()) {
            return new Invalid("customerNumberPattern", "must be empty or a regular expression of at most "
                    + Settings.MAX_PATTERN + " characters that does not match empty text, e.g. CUST-[0-9]{6}");
        }
        Optional<PraiseRouting> praise = text(json, "praise").flatMap(SettingsDraft::praise);
        if (praise.isEmpty()) {
            return new Invalid("praise", "must be request, own_request or history");
        }
        Optional<Integer> surgeRate = whole(json, "surgeMinPerMinute", 1, SurgeSettings.MAX_PER_MINUTE);
        if (surgeRate.isEmpty()) {
            return new Invalid("surgeMinPerMinute", "must be a whole number of posts a minute from 1 to "
                    + SurgeSettings.MAX_PER_MINUTE);
        }
        Optional<Integer> surgeFactor = whole(json, "surgeFactor", 2, SurgeSettings.MAX_FACTOR);
        if (surgeFactor.isEmpty()) {
            return new Invalid("surgeFactor", "must be a whole number from 2 to " + SurgeSettings.MAX_FACTOR);
        }
        Optional<Integer> similarity = whole(json, "clusterSimilarity", 10, 95);
        if (similarity.isEmpty()) {
            return new Invalid("clusterSimilarity", "must be a whole percentage from 10 to 95");
        }
        Optional<Integer> viralSpread = whole(json, "viralMinSpread", 0, ViralSettings.MAX_MIN_SPREAD);
        if (viralSpread.isEmpty()) {
            return new Invalid("viralMinSpread", "must be a whole number of reposts and likes from 1 to "
                    + ViralSettings.MAX_MIN_SPREAD + ", or 0 to stop watching");
        }
        Optional<Integer> viralReach = whole(json, "viralReachPercent", 0, ViralSettings.MAX_REACH_PERCENT);
        if (viralReach.isEmpty()) {
            return new Invalid("viralReachPercent", "must be a whole percentage of the author's followers from 0 to "
                    + ViralSettings.MAX_REACH_PERCENT);
        }
        Optional<Integer> topic = whole(json, "topicMatchPercent", MatchSettings.MIN_PERCENT, MatchSettings.MAX_PERCENT);
        if (topic.isEmpty()) {
            return new Invalid("topicMatchPercent", "must be a whole percentage from " + MatchSettings.MIN_PERCENT
                    + " to " + MatchSettings.MAX_PERCENT);
        }
        Optional<Integer> possible = whole(json, "possibleMatchPercent", MatchSettings.MIN_PERCENT, topic.get());
        if (possible.isEmpty()) {
            return new Invalid("possibleMatchPercent", "must be a whole percentage from " + MatchSettings.MIN_PERCENT
                    + " to the topic match percentage (" + topic.get() + ")");
        }
        Optional<ConversationMerge> conversation = text(json, "conversationMerge").flatMap(v -> Arrays
                .stream(ConversationMerge.values()).filter(m -> m.name().equalsIgnoreCase(v.strip())).findFirst());
        if (conversation.isEmpty()) {
            return new Invalid("conversationMerge", "must be always, same_topic or never");
        }
        Optional<Set<Integer>> inPortal = desks(json.get("repliesInPortal"));
        if (inPortal.isEmpty()) {
            return new Invalid("repliesInPortal", "must be a list of at most " + MAX_ENTRIES
                    + " service desk ids (whole numbers from 1)");
        }
        Optional<String> acknowledgement = text(json, "acknowledgement").map(String::strip)
                .filter(SettingsDraft::usableAcknowledgement);
        if (acknowledgement.isEmpty()) {
            return new Invalid("acknowledgement", "must be empty (send none) or a text of at most "
                    + DeliverySettings.MAX_ACKNOWLEDGEMENT + " characters without control characters that contains "
                    + DeliverySettings.KEY + " where the request's key goes");
        }
        Optional<Boolean> followersOnlyDirect = flag(json, "followersOnlyRepliesDirect");
        if (followersOnlyDirect.isEmpty()) {
            return new Invalid("followersOnlyRepliesDirect", "must be true or false");
        }
        // optional, so consoles and scripts written before media were attached keep working
        Optional<Integer> media = wholeOr(json, "mediaMegabytes", 0, DeliverySettings.MAX_MEDIA_MEGABYTES,
                DeliverySettings.DEFAULT_MEDIA_MEGABYTES);
        if (media.isEmpty()) {
            return new Invalid("mediaMegabytes", "must be a whole number of megabytes from 0 (link media, attach "
                    + "none) to " + DeliverySettings.MAX_MEDIA_MEGABYTES);
        }
        Optional<Set<String>> keepDeleted = json.has("keepDeletedPostsOn") ? entries(json.get("keepDeletedPostsOn"))
                .filter(keepable::containsAll) : Optional.of(Set.of());
        if (keepDeleted.isEmpty()) {
            return new Invalid("keepDeletedPostsOn", "may name only networks whose terms let an app keep posts "
                    + "their authors deleted: " + String.join(", ", new java.util.TreeSet<>(keepable)));
        }
        TargetsDraft.Read insights = TargetsDraft.read(json);
        if (insights.invalid() != null) {
            return insights.invalid();
        }
        Set<String> handles = new LinkedHashSet<>();
        lists.get("blockedHandles").forEach(h -> handles.add(h.startsWith("@") ? h.substring(1) : h));
        return new Valid(new Settings(new RoutingSettings(Duration.ofDays(reopen.get()),
                Duration.ofHours(merge.get()), handles, lists.get("blockWords"), skipReposts.get(),
                missedCalls.get(), praise.get(), new MatchSettings(topic.get(), possible.get(), conversation.get())),
                region.get(), retention.get(), pattern.get(),
                new SurgeSettings(surgeRate.get(), surgeFactor.get(), similarity.get()),
                new ViralSettings(viralSpread.get(), viralReach.get(), keepDeleted.get()),
                new DeliverySettings(inPortal.get(), acknowledgement.get(), followersOnlyDirect.get(),
                        media.get()), insights.targets()));
    }

    public static Map<String, Object> json(Settings settings) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mergeWindowHours", settings.routing().mergeWindow().toHours());
        json.put("reopenWindowDays", settings.routing().reopenWindow().toDays());
        json.put("blockedHandles", settings.routing().blockedHandles().stream().sorted().toList());
        json.put("blockWords", settings.routing().blockWords().stream().sorted().toList());
        json.put("skipReposts", settings.routing().skipReposts());
        json.put("missedCallCreatesRequest", settings.routing().missedCallCreatesRequest());
        json.put("defaultRegion", settings.defaultRegion());
        json.put("retentionMonths", settings.retentionMonths());
        json.put("customerNumberPattern", settings.customerNumberPattern());
        json.put("praise", settings.routing().praise().name().toLowerCase(Locale.ROOT));
        json.put("topicMatchPercent", settings.routing().matching().topicPercent());
        json.put("possibleMatchPercent", settings.routing().matching().possiblePercent());
        json.put("conversationMerge", settings.routing().matching().conversation().name().toLowerCase(Locale.ROOT));
        json.put("surgeMinPerMinute", settings.surge().minPerMinute());
        json.put("surgeFactor", settings.surge().factor());
        json.put("clusterSimilarity", settings.surge().similarityPercent());
        json.put("viralMinSpread", settings.viral().minSpread());
        json.put("viralReachPercent", settings.viral().reachPercent());
        json.put("keepDeletedPostsOn", settings.viral().keepDeletedOn().stream().sorted().toList());
        json.put("repliesInPortal", settings.delivery().repliesInPortal().stream().sorted().toList());
        json.put("acknowledgement", settings.delivery().acknowledgement());
        json.put("followersOnlyRepliesDirect", settings.delivery().followersOnlyDirect());
        json.put("mediaMegabytes", settings.delivery().mediaMegabytes());
        json.put("responseTargetMinutes", settings.insights().response().toMinutes());
        json.put("repeatContacts", settings.insights().repeatContacts());
        json.put("repeatChannels", settings.insights().repeatChannels());
        json.put("equalTolerancePercent", settings.insights().tolerancePercent());
        json.put("slaName", settings.insights().slaName());
        return json;
    }

    /** An optional whole number: {@code absent} when the field is not there, else {@link #whole}'s reading. */
    static Optional<Integer> wholeOr(JsonObject json, String field, int min, int max, int absent) {
        return json.has(field) ? whole(json, field, min, max) : Optional.of(absent);
    }

    private static Optional<Integer> whole(JsonObject json, String field, int min, int max) {
        JsonElement value = json.get(field);
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()
                || value.getAsString().length() > 6) {
            return Optional.empty();
        }
        try {
            int number = new java.math.BigDecimal(value.getAsString()).intValueExact();
            return number >= min && number <= max ? Optional.of(number) : Optional.empty();
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Set<String>> entries(JsonElement value) {
        if (value == null || !value.isJsonArray() || value.getAsJsonArray().size() > MAX_ENTRIES) {
            return Optional.empty();
        }
        Set<String> entries = new LinkedHashSet<>();
        for (JsonElement entry : (JsonArray) value) {
            if (!entry.isJsonPrimitive() || !entry.getAsJsonPrimitive().isString()) {
                return Optional.empty();
            }
            String text = entry.getAsString().strip().toLowerCase(Locale.ROOT);
            if (text.length() > MAX_ENTRY || text.chars().anyMatch(Character::isISOControl)) {
                return Optional.empty();
            }
            if (!text.isEmpty()) {
                entries.add(text);
            }
        }
        return Optional.of(entries);
    }

    private static Optional<Set<Integer>> desks(JsonElement value) {
        if (value == null || !value.isJsonArray() || value.getAsJsonArray().size() > MAX_ENTRIES) {
            return Optional.empty();
        }
        Set<Integer> desks = new java.util.TreeSet<>();
        for (JsonElement entry : (JsonArray) value) {
            if (!entry.isJsonPrimitive() || !entry.getAsJsonPrimitive().isNumber()) {
                return Optional.empty();
            }
            try {
                int id = new java.math.BigDecimal(entry.getAsString()).intValueExact();
                if (id < 1) {
                    return Optional.empty();
                }
                desks.add(id);
            } catch (ArithmeticException | NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(desks);
    }

    private static boolean usableAcknowledgement(String text) {
        return text.isEmpty() || text.length() <= DeliverySettings.MAX_ACKNOWLEDGEMENT
                && text.contains(DeliverySettings.KEY) && text.chars().noneMatch(Character::isISOControl);
    }

    private static boolean usablePattern(String pattern) {
        if (pattern.isEmpty()) {
            return true;
        }
        if (pattern.length() > Settings.MAX_PATTERN) {
            return false;
        }
        try {
            return !java.util.regex.Pattern.compile(pattern).matcher("").matches();
        } catch (java.util.regex.PatternSyntaxException e) {
            return false;
        }
    }

    private static Optional<PraiseRouting> praise(String value) {
        return java.util.Arrays.stream(PraiseRouting.values())
                .filter(p -> p.name().equalsIgnoreCase(value.strip())).findFirst();
    }

    private static Optional<Boolean> flag(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
                ? Optional.of(value.getAsBoolean()) : Optional.empty();
    }

    static Optional<String> text(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                ? Optional.of(value.getAsString()) : Optional.empty();
    }
}
