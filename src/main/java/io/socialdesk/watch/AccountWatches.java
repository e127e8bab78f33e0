package io.socialdesk.watch;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.correction.MoveRecovery;
import io.socialdesk.intake.AfterRouting;
import io.socialdesk.surge.SurgeCycle;
import io.socialdesk.viral.ViralWatch;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * What watches an account's posts after each routing run, under the account's lock: agents' moves a crash left
 * unfinished, its surge and incident replies, then its posts' viral risk. Neither feature knows the others; this is
 * the one place that orders them.
 */
@Component
public class AccountWatches implements AfterRouting {
    private final MoveRecovery moves;
    private final SurgeCycle surges;
    private final ViralWatch viral;

    @Inject
    public AccountWatches(MoveRecovery moves, SurgeCycle surges, ViralWatch viral) {
        this.moves = moves;
        this.surges = surges;
        this.viral = viral;
    }

    @Override
    public void after(ChannelAccount account) {
        moves.resume(account);
        surges.after(account);
        viral.watch(account);
    }
}
