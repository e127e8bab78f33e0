package io.socialdesk.phone;

import io.socialdesk.channel.Author;
import io.socialdesk.channel.ChannelKind;
import io.socialdesk.contact.Contact;
import io.socialdesk.contact.Contacts;
import io.socialdesk.contact.CustomerDirectory;
import io.socialdesk.contact.IdentityRef;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * The contact behind a call: the phone identity of the customer's number (created on the first call), joined to the
 * Jira customer when the telephony system knows their email, so calls and social posts meet in one history.
 */
@Component
public class CallerIdentity {
    private final Contacts contacts;
    private final CustomerDirectory customers;

    @Inject
    public CallerIdentity(Contacts contacts, CustomerDirectory customers) {
        this.contacts = contacts;
        this.customers = customers;
    }

    public Contact of(CallReport call) {
        Contact contact = contacts.identify(IdentityRef.global(ChannelKind.PHONE, call.customerNumber()),
                new Author(call.customerNumber(), call.customerNumber(), call.callerName().orElse(""),
                        OptionalLong.empty(), Optional.empty()));
        if (contact.customerKey().isPresent()) {
            return contact;
        }
        return call.customerEmail().flatMap(customers::keyByEmail)
                .map(customer -> contacts.linkCustomer(contact.id(), customer))
                .orElse(contact);
    }
}
