package io.socialdesk.watch;

import io.socialdesk.agent.Acknowledgements;
import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.correction.MoveRecovery;
import io.socialdesk.intake.AfterRouting;
import io.socialdesk.surge.SurgeCycle;
import io.socialdesk.viral.ViralWatch;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What watches an account's posts after each routing run, under the account's lock: agents' moves a crash left
 * unfinished, acknowledgements of its new requests, its surge and incident replies, then its posts' viral risk. Neither feature knows the others; this is
 * the one place that orders them, and each says when it needs the account again (the soonest wins).
 */
@Component
public class AccountWatches implements AfterRouting {
    private final MoveRecovery moves;
    private final SurgeCycle surges;
    private final ViralWatch viral;
    private final Acknowledgements acknowledgements;

    @Inject
    public AccountWatches(MoveRecovery moves, SurgeCycle surges, ViralWatch viral,
                          Acknowledgements acknowledgements) {
        this.moves = moves;
        this.surges = surges;
        this.viral = viral;
        this.acknowledgements = acknowledgements;
    }

    @Override
    public Optional<Instant> after(ChannelAccount account) {
        moves.resume(account);
        Optional<Instant> moving = moves.nextResume(account);
        Optional<Instant> acknowledging = acknowledgements.sendOwed(account);
        Optional<Instant> surging = surges.after(account);
        Optional<Instant> watching = viral.watch(account);
        return Stream.of(moving, acknowledging, surging, watching).flatMap(Optional::stream)
                .min(Instant::compareTo);
    }
}
