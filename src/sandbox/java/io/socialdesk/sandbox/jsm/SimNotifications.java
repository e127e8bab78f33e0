package io.socialdesk.sandbox.jsm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The notifications a service project sends, by the rules Atlassian documents, into an outbox the sandbox shows:
 * <ul>
 * <li>Customer notifications (JSM, "What notifications do my customers and team receive?" and "Managing service
 * project notifications", Jira Service Management Data Center documentation): customers involved in a request, its
 * reporter and its participants, get one for the request's creation, each public comment, its resolution and its
 * reopening; never for an internal comment.</li>
 * <li>An agent who is a request's reporter (or participant) is treated as a customer of that request.</li>
 * <li>Nobody is notified of their own activity (JSM's default "don't notify me of my own changes").</li>
 * <li>A customer who turned a request's notifications off ("Don't notify me" in the portal) receives none of that
 * request's notifications except its resolution ("You'll still be notified when the request is resolved").</li>
 * <li>Internal notifications (Jira's notification scheme for service projects: watchers on created and commented):
 * agents watching the request, who are the agents that raised it or commented on it (Jira's autowatch), except the
 * actor; customers never receive internal notifications.</li>
 * </ul>
 */
final class SimNotifications {
    enum Kind {
        CUSTOMER,
        INTERNAL
    }

    enum Event {
        CREATED,
        COMMENTED,
        RESOLVED,
        REOPENED
    }

    private final List<SimulatedJsm.Notification> outbox = new ArrayList<>();

    /**
     * Records what {@code event} by {@code actor} sends: {@code customers} are the request's involved users,
     * {@code watchers} its watching agents, {@code muted} those who turned its notifications off.
     */
    void send(String issueKey, Event event, String actor, Set<String> customers, Set<String> watchers,
              Set<String> muted, boolean internalComment, Optional<Long> commentId, Predicate<String> agent) {
        Set<String> notified = new LinkedHashSet<>();
        if (!internalComment) {
            for (String customer : customers) {
                boolean silenced = muted.contains(customer) && event != Event.RESOLVED;
                if (!customer.equals(actor) && !silenced && notified.add(customer)) {
                    outbox.add(new SimulatedJsm.Notification(customer, Kind.CUSTOMER.name().toLowerCase(),
                            event.name().toLowerCase(), issueKey, commentId));
                }
            }
        }
        if (event == Event.CREATED || event == Event.COMMENTED) {
            for (String watcher : watchers) {
                // an agent involved as a customer hears about it as a customer only
                if (!watcher.equals(actor) && agent.test(watcher) && !customers.contains(watcher)
                        && notified.add(watcher)) {
                    outbox.add(new SimulatedJsm.Notification(watcher, Kind.INTERNAL.name().toLowerCase(),
                            event.name().toLowerCase(), issueKey, commentId));
                }
            }
        }
    }

    List<SimulatedJsm.Notification> all() {
        return List.copyOf(outbox);
    }
}
