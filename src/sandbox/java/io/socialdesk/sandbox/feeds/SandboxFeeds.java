package io.socialdesk.sandbox.feeds;

import com.google.gson.JsonObject;
import io.socialdesk.admin.ChannelAccountAdmin;
import io.socialdesk.channel.Author;
import io.socialdesk.channel.mastodon.MastodonChannel;
import io.socialdesk.channel.bluesky.BlueskyChannel;
import io.socialdesk.channel.meta.MetaChannels;
import io.socialdesk.channel.x.XChannel;
import io.socialdesk.contact.Contacts;
import io.socialdesk.contact.IdentityRef;
import io.socialdesk.sandbox.SandboxServer;
import io.socialdesk.sandbox.jsm.SimulatedJsm;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Something to watch on first start: fake networks (Mastodon, X, Bluesky, Facebook, Instagram) and a telephony
 * system, connected through the real admin service and call webhook. Customers post on several networks and call;
 * an agent linked each one's accounts to their Jira customer earlier, so what they say about one matter meets on one
 * request and everything in one history; María's posts find the request she raised in the portal.
 */
public final class SandboxFeeds implements AutoCloseable {
    static final String MASTODON_TOKEN = "sandbox-mastodon-token";
    static final String X_TOKEN = "7-sandbox-x-token";
    static final String PHONE_SECRET = "sandbox-webhook-secret";
    static final String WHATSAPP_TOKEN = "sandbox-whatsapp-token";
    public static final String WHATSAPP_APP_SECRET = "sandbox-whatsapp-app-secret";
    public static final String WHATSAPP_VERIFY_TOKEN = "sandbox-whatsapp-verify";
    /** The number Jane calls from, as WhatsApp writes it: one person on both channels. */
    public static final String JANE_NUMBER = "14155550100";
    public static final FakeMastodon.Account JANE_MASTODON =
            new FakeMastodon.Account("108", "jane", "Jane Customer", 1234);
    public static final FakeMastodon.Account YUSUF_MASTODON =
            new FakeMastodon.Account("109", "yusuf@social.example", "Yusuf", 87_000);
    /** A customer SocialDesk does not know yet, whose posts show media, a quote and an edit. */
    static final FakeMastodon.Account KIM_MASTODON = new FakeMastodon.Account("109501", "kim", "Kim Novak", 420);
    public static final FakeX.User JANE_X = new FakeX.User("42", "jane_c", "Jane C.", 310);
    public static final FakeBluesky.Account JANE_BLUESKY = new FakeBluesky.Account(
            "did:plc:janecustomer00000000000000", "jane.bsky.social", "Jane Customer", 420);
    public static final FakeMeta.Person JANE_META = new FakeMeta.Person("6100000000042", "Jane Customer", "jane.cust");
    static final String META_TOKEN = "sandbox-page-token";
    public static final String META_APP_SECRET = "sandbox-meta-app-secret";
    public static final String META_VERIFY_TOKEN = "sandbox-meta-verify";
    static final String BLUESKY_IDENTIFIER = "acme.bsky.social";
    static final String BLUESKY_PASSWORD = "sand-box0-app0-pass";
    public static final FakeX.User YUSUF_X = new FakeX.User("43", "yusuf_k", "Yusuf K", 12_400);
    public static final FakeX.User MARIA_X = new FakeX.User("44", "maria_g", "María G.", 95);
    static final String MARIA_KEY = "maria@customer.example";
    static final String YUSUF_KEY = "yusuf@example.org";

    private final FakeMastodon mastodon;
    private final FakeX x;
    private final FakeBluesky bluesky;
    private final FakeMeta meta;
    private final SandboxTelephony telephony;
    private final FakeWhatsApp whatsapp;
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "sandbox-feed"));

    private SandboxFeeds(FakeMastodon mastodon, FakeX x, FakeBluesky bluesky, FakeMeta meta,
                         SandboxTelephony telephony, FakeWhatsApp whatsapp) {
        this.mastodon = mastodon;
        this.x = x;
        this.bluesky = bluesky;
        this.meta = meta;
        this.telephony = telephony;
        this.whatsapp = whatsapp;
    }

    /** Connects the accounts and customers, then runs the script one step every {@code every}. */
    public static SandboxFeeds start(SandboxServer sandbox, Clock clock, Duration every) {
        SandboxFeeds feeds = connect(sandbox, clock);
        feeds.script(sandbox, every);
        return feeds;
    }

    /** Connects the accounts and customers without posting anything (tests post what they need). */
    public static SandboxFeeds connect(SandboxServer sandbox, Clock clock) {
        FakeMastodon mastodon = new FakeMastodon(MASTODON_TOKEN, clock);
        FakeX x = new FakeX(X_TOKEN, clock);
        FakeBluesky bluesky = new FakeBluesky(BLUESKY_IDENTIFIER, BLUESKY_PASSWORD, clock);
        FakeMeta meta = new FakeMeta(META_TOKEN, clock);
        ChannelAccountAdmin admin = sandbox.components().get(ChannelAccountAdmin.class);
        int desk = sandbox.jsm().serviceDesk().id();
        long mastodonAccount = account(admin, "mastodon", "@acme on Mastodon (sandbox)",
                mastodon.baseUrl().toString(), desk, Map.of("accessToken", MASTODON_TOKEN));
        long xAccount = account(admin, "x", "@acme on X (sandbox)", x.baseUrl().toString(), desk,
                Map.of("consumerKey", "ck", "consumerSecret", "cs", "accessToken", X_TOKEN, "accessTokenSecret", "ts"));
        long blueskyAccount = account(admin, "bluesky", "@acme.bsky.social (sandbox)", bluesky.baseUrl().toString(),
                desk, Map.of("identifier", BLUESKY_IDENTIFIER, "appPassword", BLUESKY_PASSWORD));
        long facebookAccount = account(admin, "facebook", "ACME Support on Facebook (sandbox)",
                meta.baseUrl().toString(), desk, Map.of("pageId", FakeMeta.PAGE_ID, "pageAccessToken", META_TOKEN,
                        "appSecret", META_APP_SECRET, "webhookVerifyToken", META_VERIFY_TOKEN));
        long instagramAccount = account(admin, "instagram", "@acme on Instagram (sandbox)", meta.baseUrl().toString(),
                desk, Map.of("igUserId", FakeMeta.IG_USER_ID, "pageId", FakeMeta.PAGE_ID, "pageAccessToken",
                        META_TOKEN));
        long line = account(admin, "phone", "Support hotline (sandbox)", null, desk,
                Map.of("webhookSecret", PHONE_SECRET));
        FakeWhatsApp whatsapp = new FakeWhatsApp(WHATSAPP_TOKEN, WHATSAPP_APP_SECRET, clock);
        account(admin, "whatsapp", "ACME Support on WhatsApp (sandbox)", whatsapp.baseUrl().toString(), desk,
                Map.of("phoneNumberId", FakeWhatsApp.PHONE_NUMBER_ID, "businessAccountId",
                        FakeWhatsApp.BUSINESS_ACCOUNT_ID, "accessToken", WHATSAPP_TOKEN, "appSecret",
                        WHATSAPP_APP_SECRET, "webhookVerifyToken", WHATSAPP_VERIFY_TOKEN, "templateName",
                        "support_follow_up", "templateLanguage", "en_US"));
        whatsapp.deliverTo(sandbox.baseUrl());
        linkCustomers(sandbox, mastodon);
        mastodon.onPost(() -> sandbox.pollNow(mastodonAccount));
        x.onPost(() -> sandbox.pollNow(xAccount));
        bluesky.onPost(() -> sandbox.pollNow(blueskyAccount));
        meta.onPost(() -> {
            sandbox.pollNow(facebookAccount);
            sandbox.pollNow(instagramAccount);
        });
        return new SandboxFeeds(mastodon, x, bluesky, meta,
                new SandboxTelephony(sandbox.baseUrl(), line, PHONE_SECRET, clock), whatsapp);
    }

    public FakeMastodon mastodon() {
        return mastodon;
    }

    public FakeX x() {
        return x;
    }

    public FakeBluesky bluesky() {
        return bluesky;
    }

    public FakeMeta meta() {
        return meta;
    }

    public SandboxTelephony telephony() {
        return telephony;
    }

    public FakeWhatsApp whatsapp() {
        return whatsapp;
    }

    private static long account(ChannelAccountAdmin admin, String kind, String name, String url, int desk,
                                Map<String, String> secrets) {
        JsonObject form = new JsonObject();
        form.addProperty("kind", kind);
        form.addProperty("name", name);
        if (url != null) {
            form.addProperty("apiBaseUrl", url);
        }
        if (url != null && !kind.equals("whatsapp")) { // WhatsApp has an API for replies, but is never polled
            form.addProperty("pollSeconds", 15);
        }
        form.addProperty("serviceDeskId", desk);
        form.addProperty("requestTypeId", 1);
        JsonObject credentials = new JsonObject();
        secrets.forEach(credentials::addProperty);
        form.add("credentials", credentials);
        if (admin.create(form, "socialdesk") instanceof ChannelAccountAdmin.Saved saved) {
            return saved.account().id();
        }
        throw new IllegalStateException("sandbox " + kind + " account rejected");
    }

    /** What an agent did earlier with "Link to customer": each customer's two social accounts are theirs. */
    private static void linkCustomers(SandboxServer sandbox, FakeMastodon mastodon) {
        sandbox.jsm().addUser(new SimulatedJsm.User(YUSUF_KEY, "Yusuf Kaya", YUSUF_KEY, false, false));
        Contacts contacts = sandbox.components().get(Contacts.class);
        link(contacts, mastodonIdentity(mastodon, JANE_MASTODON.id()), JANE_MASTODON.acct(), "jane@customer.example");
        link(contacts, IdentityRef.global(XChannel.KIND, JANE_X.id()), JANE_X.username(), "jane@customer.example");
        link(contacts, IdentityRef.global(BlueskyChannel.KIND, JANE_BLUESKY.did()), JANE_BLUESKY.handle(),
                "jane@customer.example");
        link(contacts, IdentityRef.global(MetaChannels.FACEBOOK, JANE_META.id()), JANE_META.name(),
                "jane@customer.example");
        link(contacts, mastodonIdentity(mastodon, YUSUF_MASTODON.id()), YUSUF_MASTODON.acct(), YUSUF_KEY);
        link(contacts, IdentityRef.global(XChannel.KIND, YUSUF_X.id()), YUSUF_X.username(), YUSUF_KEY);
    }

    /** Mastodon ids are per server: the fake instance's host is part of who the customer is. */
    private static IdentityRef mastodonIdentity(FakeMastodon mastodon, String id) {
        return new IdentityRef(MastodonChannel.KIND, mastodon.baseUrl().getHost(), id);
    }

    private static void link(Contacts contacts, IdentityRef identity, String handle, String customer) {
        long contact = contacts.identify(identity, new Author(identity.externalUserId(), handle, "",
                OptionalLong.empty(), Optional.empty())).id();
        contacts.linkCustomer(contact, customer);
    }

    /**
     * María raised a request in the portal before she wrote on X; an agent linked her X account to her. Her posts
     * find the portal request by its key, then by its topic.
     */
    private static String mariasPortalRequest(SandboxServer sandbox) {
        sandbox.jsm().addUser(new SimulatedJsm.User(MARIA_KEY, "María García", MARIA_KEY, false, false));
        link(sandbox.components().get(Contacts.class), IdentityRef.global(XChannel.KIND, MARIA_X.id()),
                MARIA_X.username(), MARIA_KEY);
        return sandbox.jsm().createRequest("Invoice shows the wrong VAT number",
                "My invoice for order 8812 lists VAT number DE111 instead of DE123456789.", MARIA_KEY, 3).key();
    }

    /** Runs the script one step every {@code every} (the accounts connected already). */
    public void play(SandboxServer sandbox, Duration every) {
        script(sandbox, every);
    }

    private void script(SandboxServer sandbox, Duration every) {
        String maria = mariasPortalRequest(sandbox);
        String[] janeFirst = new String[1];
        String[] kimsPhotos = new String[1];
        List<Runnable> steps = List.of(
                () -> janeFirst[0] = mastodon.post(JANE_MASTODON, "my order #4711 is a week late, nobody answers",
                        null, false),
                // her complaint spreads (90 boosts, 160 favourites, against her 1,234 followers): a viral risk
                () -> mastodon.engage(janeFirst[0], 90, 160),
                () -> x.mention(YUSUF_X, "your app logs me out every five minutes", null),
                () -> telephony.call("+1 (415) 555-0100", "answered", Duration.ofSeconds(185),
                        ",\"agent\":\"bob\",\"queue\":\"Orders\",\"customerEmail\":\"jane@customer.example\"," 
                                + "\"callerName\":\"Jane Customer\""),
                () -> mastodon.post(JANE_MASTODON, "still nothing. third time I ask!", janeFirst[0], false),
                () -> mastodon.post(YUSUF_MASTODON, "DM: the app logged me out again, my account email is "
                        + "yusuf@example.org", null, true),
                () -> x.mention(JANE_X, "also: can I change the delivery address?", null),
                () -> telephony.call("+1 212 555 0199", "missed", Duration.ZERO, ""),
                // from the number she called from: the same person, her request
                () -> whatsapp.message(JANE_NUMBER, "Jane", "Hi, I called about order #4711 - any news?"),
                () -> x.directMessage(YUSUF_X, "and I was charged twice 💳"),
                () -> bluesky.post(JANE_BLUESKY, "@acme.bsky.social is anyone reading Bluesky? order #4711", null,
                        "mention"),
                () -> meta.message(JANE_META, "Hi, I wrote on Mastodon about order #4711 too", "messenger"),
                () -> meta.igComment(new FakeMeta.Person("17841400000009", "Lena", "lena.k"),
                        "does this come in blue? 💙", meta.igMedia("Our winter collection"), null),
                () -> telephony.call("+49 30 901820", "voicemail", Duration.ofSeconds(40),
                        ",\"customerEmail\":\"" + YUSUF_KEY + "\",\"recordingUrl\":\"https://voicemail.example/v/1\""),
                // her ticket by its key, then her invoice by its topic: both land on the portal request
                () -> x.mention(MARIA_X, "my ticket " + maria + " has been open for three days, nobody answers", null),
                () -> x.mention(MARIA_X, "the VAT number on my invoice for order 8812 is still wrong", null),
                // what SocialDesk keeps besides words: two photos, a quote of the brand's announcement, an edit
                () -> kimsPhotos[0] = mastodon.postWithImages(KIM_MASTODON, "my parcel #5120 arrived like this",
                        "The box, crushed on one side", "The mug inside, broken in three"),
                () -> mastodon.quote(KIM_MASTODON, "and since this update I cannot log in either",
                        "113400000000000001"),
                () -> mastodon.edit(kimsPhotos[0], "my parcel #5120 arrived like this, and nobody picks up the phone"));
        AtomicInteger next = new AtomicInteger();
        trickle.scheduleWithFixedDelay(() -> {
            int step = next.getAndIncrement();
            try {
                if (step < steps.size()) {
                    steps.get(step).run();
                } else if (step % 2 == 0) {
                    mastodon.post(JANE_MASTODON, "any update? (message " + step + ")", null, false);
                } else {
                    x.mention(YUSUF_X, "any update? (message " + step + ")", null);
                }
            } catch (RuntimeException e) {
                // a step that fails must not end the script: the executor would never run it again
                System.err.println("Sandbox script step " + step + " failed: " + e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        trickle.shutdownNow();
        mastodon.close();
        x.close();
        bluesky.close();
        meta.close();
        whatsapp.close();
    }
}
