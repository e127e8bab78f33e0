package io.socialdesk.intake;

import io.socialdesk.contact.Contact;
import java.util.List;

/** One contact's pending interactions of a batch, oldest first: what one pass under its lock routes. */
public record ContactPosts(Contact contact, List<Interaction> interactions) {
    public ContactPosts {
        interactions = List.copyOf(interactions);
    }
}
