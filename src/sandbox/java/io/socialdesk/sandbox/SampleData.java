package io.socialdesk.sandbox;

import io.socialdesk.sandbox.jsm.SimulatedJsm;

/** A portal request so the queue is not empty before the first social post arrives. */
final class SampleData {
    private SampleData() {
    }

    static void seed(SimulatedJsm jsm) {
        SimulatedJsm.Request portal = jsm.createRequest("Cannot log in to the customer portal",
                "Since this morning the portal says my password is wrong, the reset mail never arrives.",
                "jane@customer.example", 3);
        jsm.addComment(portal.key(), "bob", "Checked the mail logs: the reset mail bounced.", true);
        jsm.addComment(portal.key(), "bob", "Hi Jane, we fixed your address; the reset mail is on its way.", false);
    }
}
