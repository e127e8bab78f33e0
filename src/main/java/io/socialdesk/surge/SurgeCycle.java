package io.socialdesk.surge;

import io.socialdesk.channel.ChannelAccount;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * After each routing run of an account: watch for its surge, then send its due incident replies; answers when the
 * account needs watching or sending again.
 */
@Component
public class SurgeCycle {
    private final SurgeWatch watch;
    private final AnswerSender sender;

    @Inject
    public SurgeCycle(SurgeWatch watch, AnswerSender sender) {
        this.watch = watch;
        this.sender = sender;
    }

    public Optional<Instant> after(ChannelAccount account) {
        Optional<Instant> watching = watch.watch(account);
        Optional<Instant> sending = sender.sendDue(account);
        return Stream.of(watching, sending).flatMap(Optional::stream).min(Instant::compareTo);
    }
}
