package io.socialdesk.sandbox;

import java.nio.file.Path;
import io.socialdesk.sandbox.feeds.SandboxFeeds;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** {@code mvn -Psandbox}: the product on a simulated JSM, in the foreground until Ctrl-C. */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("sandbox.port", 2990);
        Path home = Path.of(System.getProperty("sandbox.home", "target/sandbox"));
        // the clock starts a few days back: the sample history plays the past days through the real pipeline
        ShiftedClock clock = new ShiftedClock(Duration.ofDays(SampleHistory.DAYS + 1).negated());
        SandboxServer sandbox = SandboxServer.start(port, home, clock);
        SampleData.seed(sandbox.jsm());
        SandboxFeeds feeds = SandboxFeeds.connect(sandbox, clock);
        sandbox.startPolling(Duration.ofMillis(500));
        Thread history = new Thread(() -> {
            try {
                SampleHistory.play(sandbox, feeds, clock);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                System.err.println("The sandbox's sample history stopped: " + e);
            } finally {
                clock.present();
                feeds.play(sandbox, Duration.ofSeconds(8));
            }
        }, "sandbox-history");
        history.setDaemon(true);
        history.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                feeds.close();
                sandbox.close();
            } catch (Exception e) {
                System.err.println("sandbox did not stop cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }, "sandbox-shutdown"));
        System.out.println();
        System.out.println("SocialDesk sandbox is running at " + sandbox.baseUrl());
        System.out.println("  queue:  " + sandbox.baseUrl());
        System.out.println("  admin:  " + sandbox.baseUrl().resolve("plugins/servlet/socialdesk/admin"));
        System.out.println("  API:    " + sandbox.baseUrl().resolve("sandbox/api/requests"));
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }
}
