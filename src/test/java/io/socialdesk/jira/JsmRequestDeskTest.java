package io.socialdesk.jira;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.socialdesk.request.NewRequest;
import io.socialdesk.request.RequestDesk;
import io.socialdesk.request.RequestDeskContract;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The RequestDesk contract on JSM: the real JsmRequestDesk on the simulated Jira with JSM. */
class JsmRequestDeskTest extends RequestDeskContract {
    private final HostFixture host = new HostFixture();

    @AfterEach
    void close() throws Exception {
        host.close();
    }

    @Override
    protected RequestDesk desk() {
        return host.get(JsmRequestDesk.class);
    }

    @Override
    protected SimulatedJsm jira() {
        return host.jsm;
    }

    @Override
    protected void advanceClock(Duration by) {
        host.clock.advance(by);
    }

    @Test
    void givenJsmDisabled_whenCreating_thenItFailsSayingSocialDeskNeedsJsm() {
        // given
        host.node.host().jsmEnabled(false);

        // when / then
        assertThatThrownBy(() -> desk().create(new NewRequest(TARGET, "s", "d", Optional.empty(), 1, "socialdesk")))
                .hasMessageContaining("Jira Service Management is not installed or not enabled");
    }
}
