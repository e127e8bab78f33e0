package io.socialdesk.agent.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.socialdesk.channel.ChannelCatalog;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.channel.ChannelSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The panel's channel names and icons come from the installed channels' specs, a new channel's included. */
class HistoryWebPanelTest {
    @Test
    void givenANewlyInstalledChannel_whenThePanelRenders_thenItCarriesThatChannelsNameAndIconFromItsSpec() {
        // given
        ChannelSpec line = new ChannelSpec(new ChannelKind("line"), "LINE", "images/channels/line.svg",
                ChannelSpec.Delivery.PUSHED, List.of(), ChannelSpec.IdentityScope.GLOBAL, Optional.empty(),
                reply -> Optional.empty(), ChannelSpec.NO_HINT);
        ChannelCatalog channels = mock(ChannelCatalog.class);
        when(channels.specs()).thenReturn(List.of(line));
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
        when(i18n.getText("socialdesk.channel.line")).thenReturn("LINE \"official\"");
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("CS-1");

        // when
        String html = new HistoryWebPanel(i18n, mock(PageBuilderService.class, RETURNS_DEEP_STUBS), channels)
                .getHtml(Map.of("issue", issue));

        // then
        assertThat(html).contains("data-socialdesk-channel-line=\"LINE &#34;official&#34;\"")
                .contains("data-socialdesk-channel-icon-line=\"images/channels/line.svg\"")
                .contains("data-resources=\"/download/resources/io.socialdesk.jsm-socialdesk/\"");
    }
}
