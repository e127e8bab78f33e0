package io.socialdesk.viral;

import io.socialdesk.intake.ViralSettingsSource;
import jakarta.inject.Inject;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the panel shows of a request's posts at risk: their latest counts, and the threshold they are judged by. */
@Component
public class ViralRisks {
    /** A post at risk and the spread that makes a post of its author a risk under today's settings. */
    public record Risk(WatchedPost post, long threshold) {
    }

    private final ViralStore store;
    private final ViralSettingsSource settings;

    @Inject
    public ViralRisks(ViralStore store, ViralSettingsSource settings) {
        this.store = store;
        this.settings = settings;
    }

    public List<Risk> on(long issueId) {
        List<WatchedPost> posts = store.risksOn(issueId);
        if (posts.isEmpty()) {
            return List.of();
        }
        var rule = settings.viral();
        return posts.stream().map(post -> new Risk(post, rule.threshold(post.followers()))).toList();
    }
}
