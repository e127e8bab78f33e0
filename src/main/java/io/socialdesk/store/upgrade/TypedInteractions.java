package io.socialdesk.store.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.socialdesk.store.ChannelAccountEntity;
import io.socialdesk.store.ContactEntity;
import io.socialdesk.store.IdentityEntity;
import io.socialdesk.store.InteractionEntity;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Model version 2. Adds the interaction's channel, route outcome and notice attempts and the account's credential
 * names, and fills the channel of existing rows from their account (calls: phone); a phone line loses the
 * placeholder API address and poll interval 1.x gave it. Mastodon identities become
 * instance-scoped ({@code mastodon:<host>:<id>}), because a Mastodon account id is only unique on its instance: the
 * host is the one of the Mastodon account that first saw the identity. Idempotent, as AO may run it again after a
 * failure.
 */
public final class TypedInteractions implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    @SuppressWarnings("unchecked")
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ChannelAccountEntity.class, InteractionEntity.class, ContactEntity.class, IdentityEntity.class);
        Map<Integer, ChannelAccountEntity> accounts = new HashMap<>();
        for (ChannelAccountEntity account : ao.find(ChannelAccountEntity.class, Query.select())) {
            if ("phone".equals(account.getKind()) && account.getApiBaseUrl() != null) {
                // 1.x kept a placeholder (https://api.twilio.com/) and interval: a pushed line has neither
                account.setApiBaseUrl(null);
                account.setPollSeconds(0);
                account.save();
            }
            accounts.put(account.getID(), account);
        }
        for (InteractionEntity row : ao.find(InteractionEntity.class, Query.select().where("CHANNEL IS NULL"))) {
            ChannelAccountEntity account = accounts.get(row.getAccountId());
            row.setChannel("CALL".equals(row.getKind()) || account == null ? "phone" : account.getKind());
            row.save();
        }
        for (IdentityEntity identity : ao.find(IdentityEntity.class, Query.select().where("KIND = ?", "mastodon"))) {
            if (identity.getIdentityKey().split(":", -1).length == 2) {
                instanceOf(ao, accounts, identity.getExternalUserId()).ifPresent(host -> {
                    identity.setIdentityKey("mastodon:" + host + ":" + identity.getExternalUserId());
                    identity.save();
                });
            }
        }
    }

    private static Optional<String> instanceOf(ActiveObjects ao, Map<Integer, ChannelAccountEntity> accounts,
                                               String authorId) {
        return Arrays.stream(ao.find(InteractionEntity.class, Query.select()
                        .where("AUTHOR_ID = ? AND CHANNEL = ?", authorId, "mastodon").order("ID").limit(1)))
                .map(row -> accounts.get(row.getAccountId())).filter(a -> a != null && a.getApiBaseUrl() != null)
                .map(a -> URI.create(a.getApiBaseUrl()).getHost()).filter(host -> host != null).findFirst();
    }
}
