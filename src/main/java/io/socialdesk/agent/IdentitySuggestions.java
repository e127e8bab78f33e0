package io.socialdesk.agent;

import io.socialdesk.admin.SettingsStore;
import io.socialdesk.channel.PostKind;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.contact.CustomerDirectory;
import io.socialdesk.contact.IdentityRef;
import io.socialdesk.intake.Direction;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * "Is this &lt;customer&gt;?" for a request's contact, with the evidence: an e-mail address or phone number the person
 * wrote that belongs to a Jira customer or to another contact's phone line, or another contact's identity with the
 * same display name or a nearly identical handle ({@link Lookalikes}). Each piece of evidence is worth a documented
 * confidence; pieces for the same target combine as independent. Only suggestions of at least {@link #SHOWN} are
 * offered, at most {@link #MAX}, and never one an agent rejected. Nothing here links on its own: an agent confirms.
 * (The only automatic link is a telephony system naming its caller's e-mail, which vouches for the customer itself.)
 */
@Component
public class IdentitySuggestions {
    static final double EMAIL_IN_DIRECT_MESSAGE = 0.9;
    /** A public post may name someone else's address ("write to support@..."). */
    static final double EMAIL_IN_PUBLIC_POST = 0.7;
    static final double PHONE_IN_DIRECT_MESSAGE = 0.85;
    static final double PHONE_IN_PUBLIC_POST = 0.65;
    /** The company's customer number, also written by a contact that is a Jira customer's. */
    static final double NUMBER_IN_DIRECT_MESSAGE = 0.8;
    static final double NUMBER_IN_PUBLIC_POST = 0.6;
    static final int MENTIONS = 20;
    static final double SHOWN = 0.5;
    static final int MAX = 3;
    /** The newest messages read for evidence. */
    static final int RECENT = 50;

    private final HistoryLog history;
    private final Contacts contacts;
    private final CustomerDirectory customers;
    private final SuggestionStore store;
    private final SettingsStore settings;

    @Inject
    public IdentitySuggestions(HistoryLog history, Contacts contacts, CustomerDirectory customers,
                               SuggestionStore store, SettingsStore settings) {
        this.history = history;
        this.contacts = contacts;
        this.customers = customers;
        this.store = store;
        this.settings = settings;
    }

    public List<Suggestion> forContact(Contact contact) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        var configured = settings.read();
        String region = configured.defaultRegion();
        CustomerNumbers numbers = new CustomerNumbers(configured.customerNumberPattern());
        List<HistoryEntry> recent = history.timeline(contact.id(), 0, RECENT);
        for (HistoryEntry entry : recent) {
            if (entry.direction() != Direction.INBOUND || entry.text().isBlank()) {
                continue;
            }
            boolean direct = direct(entry);
            String where = (direct ? "a direct message" : "a public post") + " on " + entry.channel().key() + ", "
                    + entry.occurredAt().toString().substring(0, 10);
            for (String email : MessageEvidence.emails(entry.text())) {
                customers.keyByEmail(email).filter(key -> !contact.customerKey().equals(Optional.of(key)))
                        .ifPresent(key -> customerDraft(drafts, key).add(
                                new Suggestion.Evidence(Suggestion.Kind.EMAIL_IN_MESSAGE, email + " in " + where,
                                        direct ? EMAIL_IN_DIRECT_MESSAGE : EMAIL_IN_PUBLIC_POST)));
            }
            for (String number : MessageEvidence.phoneNumbers(entry.text(), region)) {
                contacts.holderOf(IdentityRef.number(number))
                        .filter(other -> other.id() != contact.id())
                        .ifPresent(other -> contactDraft(drafts, other).add(
                                new Suggestion.Evidence(Suggestion.Kind.PHONE_IN_MESSAGE, number + " (a caller "
                                        + "known to SocialDesk) in " + where,
                                        direct ? PHONE_IN_DIRECT_MESSAGE : PHONE_IN_PUBLIC_POST)));
            }
        }
        // customer numbers after the other evidence, so a suggestion lists what the person wrote about themselves first
        for (HistoryEntry entry : recent) {
            if (entry.direction() == Direction.INBOUND) {
                for (String number : numbers.in(entry.text())) {
                    numberEvidence(contact, number, direct(entry), entry, drafts);
                }
            }
        }
        for (Lookalikes.Match match : new Lookalikes(store).of(contact.id(), contacts.identities(contact.id()))) {
            contacts.byId(match.contactId()).ifPresent(other ->
                    contactDraft(drafts, other).add(match.evidence()));
        }
        Set<String> rejected = store.rejected(contact.id());
        return drafts.entrySet().stream().filter(d -> !rejected.contains(d.getKey()))
                .map(d -> d.getValue().suggestion(d.getKey()))
                .filter(s -> s.confidence() >= SHOWN)
                .sorted(Comparator.comparingDouble(Suggestion::confidence).reversed())
                .limit(MAX).toList();
    }

    /** Who else wrote the same customer number: their customer, or their contact when they have none. */
    private void numberEvidence(Contact contact, String number, boolean direct, HistoryEntry entry,
                                Map<String, Draft> drafts) {
        double worth = direct ? NUMBER_IN_DIRECT_MESSAGE : NUMBER_IN_PUBLIC_POST;
        for (SuggestionStore.Mention mention : store.mentioning(contact.id(), number, MENTIONS)) {
            contacts.byId(mention.contactId()).ifPresent(other -> {
                String detail = "customer number " + number + " in " + (direct ? "a direct message" : "a public post")
                        + " on " + entry.channel().key() + ", also written by " + other.displayName() + " on "
                        + mention.occurredAt().toString().substring(0, 10);
                if (other.customerKey().isPresent() && !other.customerKey().equals(contact.customerKey())) {
                    String key = other.customerKey().get();
                    customerDraft(drafts, key).add(new Suggestion.Evidence(
                            Suggestion.Kind.CUSTOMER_NUMBER, detail, worth));
                } else if (other.customerKey().isEmpty()) {
                    contactDraft(drafts, other).add(new Suggestion.Evidence(
                            Suggestion.Kind.CUSTOMER_NUMBER, detail, worth - 0.1));
                }
            });
        }
    }

    private static boolean direct(HistoryEntry entry) {
        // only a public mention is seen by strangers: a message, a followers-only post or a call is between the two
        return entry.kind() != PostKind.MENTION;
    }

    private String customerLabel(String key) {
        return customers.displayName(key).map(name -> name + " (" + key + ")").orElse(key);
    }

    private static String contactLabel(Contact other) {
        return other.displayName() + other.customerKey().map(key -> " (" + key + ")").orElse("");
    }

    /** A label is only made for a new target: a customer's name is one Jira lookup, not one per evidence. */
    private Draft customerDraft(Map<String, Draft> drafts, String customerKey) {
        return drafts.computeIfAbsent(Suggestion.CUSTOMER + customerKey, t -> new Draft(customerLabel(customerKey)));
    }

    private static Draft contactDraft(Map<String, Draft> drafts, Contact other) {
        return drafts.computeIfAbsent(Suggestion.CONTACT + other.id(), t -> new Draft(contactLabel(other)));
    }

    private static final class Draft {
        private final String label;
        private final List<Suggestion.Evidence> evidence = new ArrayList<>();

        Draft(String label) {
            this.label = label;
        }

        void add(Suggestion.Evidence piece) {
            if (evidence.stream().noneMatch(e -> e.detail().equals(piece.detail()))) {
                evidence.add(piece);
            }
        }

        Suggestion suggestion(String target) {
            double doubt = 1;
            for (Suggestion.Evidence piece : evidence) {
                doubt *= 1 - piece.confidence();
            }
            double confidence = Math.round((1 - doubt) * 100) / 100.0;
            return new Suggestion(target, label, Math.min(confidence, 0.99), List.copyOf(evidence));
        }
    }
}
