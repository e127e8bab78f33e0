package io.socialdesk.request;

import java.net.URI;

/** Port: the address of a request that a customer with a portal account can open. */
public interface RequestLinks {
    URI forCustomer(String requestKey);
}
