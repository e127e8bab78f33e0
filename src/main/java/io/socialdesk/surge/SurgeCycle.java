package io.socialdesk.surge;

import io.socialdesk.channel.ChannelAccount;
import jakarta.inject.Inject;
import org.springframework.stereotype.Component;

/** After each routing run of an account: watch for its surge, then send its due incident replies. */
@Component
public class SurgeCycle {
    private final SurgeWatch watch;
    private final AnswerSender sender;

    @Inject
    public SurgeCycle(SurgeWatch watch, AnswerSender sender) {
        this.watch = watch;
        this.sender = sender;
    }

    public void after(ChannelAccount account) {
        watch.watch(account);
        sender.sendDue(account);
    }
}
