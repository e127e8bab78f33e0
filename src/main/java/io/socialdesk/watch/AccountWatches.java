package io.socialdesk.watch;

import io.socialdesk.channel.ChannelAccount;
import io.socialdesk.intake.AfterRouting;
import io.socialdesk.surge.SurgeCycle;
import io.socialdesk.viral.ViralWatch;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/**
 * What watches an account's posts after each routing run, under the account's lock: its surge and incident replies,
 * then its posts' viral risk. Neither feature knows the other; this is the one place that orders them.
 */
@Component
public class AccountWatches implements AfterRouting {
    private final SurgeCycle surges;
    private final ViralWatch viral;

    @Inject
    public AccountWatches(SurgeCycle surges, ViralWatch viral) {
        this.surges = surges;
        this.viral = viral;
    }

    @Override
    public void after(ChannelAccount account) {
        surges.after(account);
        viral.watch(account);
    }
}
