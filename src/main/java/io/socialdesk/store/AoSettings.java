package io.socialdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.socialdesk.admin.Settings;
import io.socialdesk.intake.DeliverySettings;
import io.socialdesk.intake.DeliverySettingsSource;
import io.socialdesk.admin.SettingsStore;
import io.socialdesk.intake.PraiseRouting;
import io.socialdesk.matching.ConversationMerge;
import io.socialdesk.matching.MatchSettings;
import io.socialdesk.intake.RoutingSettings;
import io.socialdesk.intake.RoutingSettingsSource;
import io.socialdesk.phone.CallSettingsSource;
import io.socialdesk.intake.SurgeSettings;
import io.socialdesk.intake.SurgeSettingsSource;
import io.socialdesk.intake.ViralSettings;
import io.socialdesk.intake.ViralSettingsSource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * The admin settings as name/value rows, read in one query whenever routing or call intake needs them, so a change
 * applies on every node at the next cycle without a restart. A setting never saved reads as its default.
 */
@Component
public class AoSettings implements io.socialdesk.insights.Insights.TargetsSource, SettingsStore, RoutingSettingsSource, CallSettingsSource, SurgeSettingsSource,
        ViralSettingsSource, DeliverySettingsSource {
    static final String MERGE_HOURS = "routing.mergeWindowHours";
    static final String REOPEN_DAYS = "routing.reopenWindowDays";
    static final String BLOCKED_HANDLES = "routing.blockedHandles";
    static final String BLOCK_WORDS = "routing.blockWords";
    static final String SKIP_REPOSTS = "routing.skipReposts";
    static final String MISSED_CALLS = "phone.missedCallCreatesRequest";
    static final String REGION = "phone.defaultRegion";
    static final String RETENTION_MONTHS = "privacy.retentionMonths";
    static final String CUSTOMER_NUMBER_PATTERN = "identity.customerNumberPattern";
    static final String PRAISE = "routing.praise";
    static final String TOPIC_PERCENT = "routing.topicPercent";
    static final String POSSIBLE_PERCENT = "routing.possiblePercent";
    static final String CONVERSATION_MERGE = "routing.conversationMerge";
    static final String SURGE_RATE = "surge.minPerMinute";
    static final String SURGE_FACTOR = "surge.factor";
    static final String CLUSTER_SIMILARITY = "surge.similarityPercent";
    static final String VIRAL_SPREAD = "viral.minSpread";
    static final String VIRAL_REACH = "viral.reachPercent";
    static final String VIRAL_KEEP_DELETED = "viral.keepDeletedOn";
    static final String REPLIES_IN_PORTAL = "delivery.repliesInPortal";
    static final String ACKNOWLEDGEMENT = "delivery.acknowledgement";
    static final String FOLLOWERS_ONLY_DIRECT = "delivery.followersOnlyDirect";
    static final String MEDIA_MEGABYTES = "delivery.mediaMegabytes";
    static final String RESPONSE_TARGET = "insights.responseTargetMinutes";
    static final String REPEAT_CONTACTS = "insights.repeatContacts";
    static final String REPEAT_CHANNELS = "insights.repeatChannels";
    static final String TOLERANCE = "insights.equalTolerancePercent";
    static final String SLA_NAME = "insights.slaName";

    private final ActiveObjects ao;

    @Inject
    public AoSettings(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Settings read() {
        Map<String, String> rows = new HashMap<>();
        for (SettingEntity row : ao.find(SettingEntity.class, Query.select())) {
            rows.put(row.getName(), row.getValue());
        }
        RoutingSettings defaults = RoutingSettings.defaults();
        return new Settings(new RoutingSettings(
                days(rows.get(REOPEN_DAYS)).orElse(defaults.reopenWindow()),
                hours(rows.get(MERGE_HOURS)).orElse(defaults.mergeWindow()),
                lines(rows.get(BLOCKED_HANDLES)), lines(rows.get(BLOCK_WORDS)),
                flag(rows.get(SKIP_REPOSTS), defaults.skipReposts()),
                flag(rows.get(MISSED_CALLS), defaults.missedCallCreatesRequest()),
                praise(rows.get(PRAISE)).orElse(defaults.praise()), matching(rows)),
                rows.getOrDefault(REGION, Settings.defaults().defaultRegion()),
                number(rows.get(RETENTION_MONTHS)).map(Long::intValue).orElse(0),
                rows.getOrDefault(CUSTOMER_NUMBER_PATTERN, ""), surge(rows), viral(rows), delivery(rows),
                targets(rows));
    }

    @Override
    public io.socialdesk.insights.Insights.Targets targets() {
        return read().insights();
    }

    /** The insights' targets as saved; a value out of range (a hand-edited row) reads as its default. */
    private static io.socialdesk.insights.Insights.Targets targets(Map<String, String> rows) {
        io.socialdesk.insights.Insights.Targets defaults = io.socialdesk.insights.Insights.Targets.defaults();
        int max = io.socialdesk.insights.Insights.Targets.MAX_REPEAT;
        return new io.socialdesk.insights.Insights.Targets(
                number(rows.get(RESPONSE_TARGET)).filter(m -> m >= io.socialdesk.insights.Insights.Targets
                        .MIN_RESPONSE_MINUTES && m <= io.socialdesk.insights.Insights.Targets.MAX_RESPONSE_MINUTES)
                        .map(Duration::ofMinutes).orElse(defaults.response()),
                number(rows.get(REPEAT_CONTACTS)).map(Long::intValue).filter(n -> n >= 2 && n <= max)
                        .orElse(defaults.repeatContacts()),
                number(rows.get(REPEAT_CHANNELS)).map(Long::intValue).filter(n -> n >= 2 && n <= max)
                        .orElse(defaults.repeatChannels()),
                number(rows.get(TOLERANCE)).filter(p -> p >= io.socialdesk.insights.Insights.Targets
                        .MIN_TOLERANCE_PERCENT && p <= io.socialdesk.insights.Insights.Targets.MAX_TOLERANCE_PERCENT)
                        .map(p -> p / 100.0).orElse(defaults.tolerance()),
                java.util.Optional.ofNullable(rows.get(SLA_NAME)).map(String::strip).filter(n -> !n.isEmpty())
                        .orElse(defaults.slaName()));
    }

    @Override
    public void save(Settings settings) {
        RoutingSettings routing = settings.routing();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MERGE_HOURS, Long.toString(routing.mergeWindow().toHours()));
        values.put(REOPEN_DAYS, Long.toString(routing.reopenWindow().toDays()));
        values.put(BLOCKED_HANDLES, String.join("\n", routing.blockedHandles().stream().sorted().toList()));
        values.put(BLOCK_WORDS, String.join("\n", routing.blockWords().stream().sorted().toList()));
        values.put(SKIP_REPOSTS, Boolean.toString(routing.skipReposts()));
        values.put(MISSED_CALLS, Boolean.toString(routing.missedCallCreatesRequest()));
        values.put(REGION, settings.defaultRegion());
        values.put(RETENTION_MONTHS, Integer.toString(settings.retentionMonths()));
        values.put(CUSTOMER_NUMBER_PATTERN, settings.customerNumberPattern());
        values.put(PRAISE, routing.praise().name());
        values.put(TOPIC_PERCENT, Integer.toString(routing.matching().topicPercent()));
        values.put(POSSIBLE_PERCENT, Integer.toString(routing.matching().possiblePercent()));
        values.put(CONVERSATION_MERGE, routing.matching().conversation().name());
        values.put(SURGE_RATE, Integer.toString(settings.surge().minPerMinute()));
        values.put(SURGE_FACTOR, Integer.toString(settings.surge().factor()));
        values.put(CLUSTER_SIMILARITY, Integer.toString(settings.surge().similarityPercent()));
        values.put(VIRAL_SPREAD, Integer.toString(settings.viral().minSpread()));
        values.put(VIRAL_REACH, Integer.toString(settings.viral().reachPercent()));
        values.put(VIRAL_KEEP_DELETED, String.join("\n", new java.util.TreeSet<>(settings.viral().keepDeletedOn())));
        values.put(REPLIES_IN_PORTAL, settings.delivery().repliesInPortal().stream().sorted()
                .map(String::valueOf).collect(Collectors.joining("\n")));
        values.put(ACKNOWLEDGEMENT, settings.delivery().acknowledgement());
        values.put(FOLLOWERS_ONLY_DIRECT, Boolean.toString(settings.delivery().followersOnlyDirect()));
        values.put(MEDIA_MEGABYTES, Integer.toString(settings.delivery().mediaMegabytes()));
        values.put(RESPONSE_TARGET, Long.toString(settings.insights().response().toMinutes()));
        values.put(REPEAT_CONTACTS, Integer.toString(settings.insights().repeatContacts()));
        values.put(REPEAT_CHANNELS, Integer.toString(settings.insights().repeatChannels()));
        values.put(TOLERANCE, Integer.toString(settings.insights().tolerancePercent()));
        values.put(SLA_NAME, settings.insights().slaName());
        Transactions.write(ao, () -> {
            values.forEach(this::put);
            return null;
        });
    }

    @Override
    public DeliverySettings delivery() {
        return read().delivery();
    }

    private static DeliverySettings delivery(Map<String, String> rows) {
        Set<Integer> desks = lines(rows.get(REPLIES_IN_PORTAL)).stream().flatMap(line -> number(line).stream())
                .map(Long::intValue).collect(Collectors.toSet());
        return new DeliverySettings(desks, rows.getOrDefault(ACKNOWLEDGEMENT, ""),
                flag(rows.get(FOLLOWERS_ONLY_DIRECT), false), number(rows.getOrDefault(MEDIA_MEGABYTES, ""))
                .map(Long::intValue).filter(m -> m >= 0 && m <= DeliverySettings.MAX_MEDIA_MEGABYTES)
                .orElse(DeliverySettings.DEFAULT_MEDIA_MEGABYTES));
    }

    @Override
    public SurgeSettings surge() {
        return read().surge();
    }

    private static SurgeSettings surge(Map<String, String> rows) {
        SurgeSettings defaults = SurgeSettings.defaults();
        return new SurgeSettings(
                number(rows.get(SURGE_RATE)).map(Long::intValue).orElse(defaults.minPerMinute()),
                number(rows.get(SURGE_FACTOR)).map(Long::intValue).orElse(defaults.factor()),
                number(rows.get(CLUSTER_SIMILARITY)).map(Long::intValue).orElse(defaults.similarityPercent()));
    }

    @Override
    public ViralSettings viral() {
        return read().viral();
    }

    private static ViralSettings viral(Map<String, String> rows) {
        ViralSettings defaults = ViralSettings.defaults();
        return new ViralSettings(
                number(rows.get(VIRAL_SPREAD)).map(Long::intValue).filter(n -> n >= 0).orElse(defaults.minSpread()),
                number(rows.get(VIRAL_REACH)).map(Long::intValue).filter(n -> n >= 0).orElse(defaults.reachPercent()),
                Set.copyOf(lines(rows.get(VIRAL_KEEP_DELETED))));
    }

    /** The matching settings as saved; any value out of range (a hand-edited row) reads as the defaults. */
    private static MatchSettings matching(Map<String, String> rows) {
        MatchSettings defaults = MatchSettings.defaults();
        int topic = number(rows.get(TOPIC_PERCENT)).map(Long::intValue).orElse(defaults.topicPercent());
        int possible = number(rows.get(POSSIBLE_PERCENT)).map(Long::intValue).orElse(defaults.possiblePercent());
        ConversationMerge merge = Arrays.stream(ConversationMerge.values())
                .filter(m -> m.name().equals(rows.get(CONVERSATION_MERGE))).findFirst()
                .orElse(defaults.conversation());
        try {
            return new MatchSettings(topic, possible, merge);
        } catch (IllegalArgumentException e) {
            return new MatchSettings(defaults.topicPercent(), defaults.possiblePercent(), merge);
        }
    }

    private static java.util.Optional<PraiseRouting> praise(String value) {
        return Arrays.stream(PraiseRouting.values()).filter(p -> p.name().equals(value)).findFirst();
    }

    @Override
    public RoutingSettings current() {
        return read().routing();
    }

    @Override
    public String defaultRegion() {
        return read().defaultRegion();
    }

    private void put(String name, String value) {
        SettingEntity[] rows = ao.find(SettingEntity.class, Query.select().where("NAME = ?", name));
        if (rows.length == 0) {
            ao.create(SettingEntity.class, new DBParam("NAME", name), new DBParam("VALUE", value));
        } else {
            rows[0].setValue(value);
            rows[0].save();
        }
    }

    private static java.util.Optional<Duration> hours(String value) {
        return number(value).map(Duration::ofHours);
    }

    private static java.util.Optional<Duration> days(String value) {
        return number(value).map(Duration::ofDays);
    }

    private static java.util.Optional<Long> number(String value) {
        try {
            return value == null ? java.util.Optional.empty() : java.util.Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean flag(String value, boolean otherwise) {
        return value == null ? otherwise : Boolean.parseBoolean(value);
    }

    private static Set<String> lines(String value) {
        return value == null ? Set.of() : Arrays.stream(value.split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
