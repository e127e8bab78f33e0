package io.socialdesk.sandbox.feeds;

import com.google.gson.JsonObject;
import io.socialdesk.admin.ChannelAccountAdmin;
import io.socialdesk.sandbox.SandboxServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Something to watch on first start: a fake Mastodon instance with a steady trickle of posts from two customers,
 * connected to SocialDesk through the real admin service, so requests appear, threads continue and posts merge.
 */
public final class SandboxFeeds implements AutoCloseable {
    static final String TOKEN = "sandbox-mastodon-token";
    private static final FakeMastodon.Account JANE = new FakeMastodon.Account("108", "jane", "Jane Customer", 1234);
    private static final FakeMastodon.Account YUSUF =
            new FakeMastodon.Account("109", "yusuf@social.example", "Yusuf", 87_000);

    private final FakeMastodon mastodon;
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "sandbox-feed"));

    private SandboxFeeds(FakeMastodon mastodon) {
        this.mastodon = mastodon;
    }

    /** Connects a Mastodon account to the sandbox and posts one scripted message every {@code every}. */
    public static SandboxFeeds start(SandboxServer sandbox, Clock clock, Duration every) {
        FakeMastodon mastodon = new FakeMastodon(TOKEN, clock);
        JsonObject form = new JsonObject();
        form.addProperty("kind", "mastodon");
        form.addProperty("name", "@acme on mastodon (sandbox)");
        form.addProperty("apiBaseUrl", mastodon.baseUrl().toString());
        form.addProperty("serviceDeskId", sandbox.jsm().serviceDesk().id());
        form.addProperty("requestTypeId", 1);
        form.addProperty("pollSeconds", 15);
        JsonObject credentials = new JsonObject();
        credentials.addProperty("accessToken", TOKEN);
        form.add("credentials", credentials);
        ChannelAccountAdmin.Outcome outcome = sandbox.components().get(ChannelAccountAdmin.class)
                .create(form, "socialdesk");
        if (!(outcome instanceof ChannelAccountAdmin.Saved)) {
            mastodon.close();
            throw new IllegalStateException("sandbox account rejected: " + outcome);
        }
        SandboxFeeds feeds = new SandboxFeeds(mastodon);
        feeds.script(every);
        return feeds;
    }

    private void script(Duration every) {
        String[] janeFirst = new String[1];
        List<Runnable> steps = List.of(
                () -> janeFirst[0] = mastodon.post(JANE, "my order #4711 is a week late, nobody answers", null, false),
                () -> mastodon.post(YUSUF, "your app logs me out every five minutes", null, false),
                () -> mastodon.post(JANE, "still nothing. third time I ask!", janeFirst[0], false),
                () -> mastodon.post(YUSUF, "DM: my account email is yusuf@example.org", null, true),
                () -> mastodon.post(JANE, "also: can I change the delivery address?", null, false));
        AtomicInteger next = new AtomicInteger();
        trickle.scheduleWithFixedDelay(() -> {
            int step = next.getAndIncrement();
            if (step < steps.size()) {
                steps.get(step).run();
            } else {
                FakeMastodon.Account who = step % 2 == 0 ? JANE : YUSUF;
                mastodon.post(who, "any update? (message " + step + ")", null, false);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        trickle.shutdownNow();
        mastodon.close();
    }
}
