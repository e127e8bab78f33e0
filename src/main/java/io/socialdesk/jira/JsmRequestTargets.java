package io.socialdesk.jira;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.util.paging.SimplePagedRequest;
import io.socialdesk.channel.RequestTarget;
import io.socialdesk.request.RequestTargets;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Asks JSM, as the account's intake user, whether the service desk exists and the request type belongs to it: the
 * same lookups {@link JsmRequestCreator} makes when it raises a request, so an account that passes can raise one.
 */
@Component
public class JsmRequestTargets implements RequestTargets {
    private static final int MAX_DESKS = 100;
    private final JsmServices jsm;
    private final UserManager users;

    @Inject
    public JsmRequestTargets(JsmServices jsm, @ComponentImport("jiraUserManager") UserManager users) {
        this.jsm = jsm;
        this.users = users;
    }

    @Override
    public Optional<Problem> problem(RequestTarget target, String actorKey) {
        if (!jsm.available()) {
            return Optional.of(new Problem("serviceDeskId", JsmServices.MISSING));
        }
        try {
            jsm.serviceDesks().getServiceDeskById(target.serviceDeskId());
        } catch (ServiceDeskServiceException e) {
            return Optional.of(new Problem("serviceDeskId", "no service desk " + target.serviceDeskId()));
        }
        ApplicationUser actor = users.getUserByKey(actorKey);
        if (actor == null || !actor.isActive()) {
            return Optional.of(new Problem("serviceDeskId", "the account's intake user " + actorKey
                    + " is not an active Jira user"));
        }
        RequestTypeService types = jsm.requestTypes();
        boolean found = types.getRequestTypes(actor, types.newQueryBuilder().serviceDesk(target.serviceDeskId())
                .requestType(target.requestTypeId()).build()).findFirst().isPresent();
        return found ? Optional.empty() : Optional.of(new Problem("requestTypeId", "request type "
                + target.requestTypeId() + " is not in service desk " + target.serviceDeskId()
                + " or not visible to " + actor.getUsername()));
    }

    @Override
    public Optional<String> activeUserKey(String username) {
        return Optional.ofNullable(users.getUserByName(username)).filter(ApplicationUser::isActive)
                .map(ApplicationUser::getKey);
    }

    @Override
    public Optional<String> username(String userKey) {
        return Optional.ofNullable(users.getUserByKey(userKey)).map(ApplicationUser::getUsername);
    }

    @Override
    public List<Desk> desks(String actorKey) {
        ApplicationUser actor = users.getUserByKey(actorKey);
        if (actor == null || !jsm.available()) {
            return List.of();
        }
        List<Desk> desks = new ArrayList<>();
        for (ServiceDesk desk : jsm.serviceDeskService().getServiceDesks(actor, SimplePagedRequest.paged(0, MAX_DESKS))) {
            desks.add(new Desk(desk.getId(), desk.getProjectName(), choices(desk.getId(), actor)));
        }
        return List.copyOf(desks);
    }

    @Override
    public List<Choice> requestTypes(int serviceDeskId, String actorKey) {
        ApplicationUser actor = users.getUserByKey(actorKey);
        return actor == null || !jsm.available() ? List.of() : choices(serviceDeskId, actor);
    }

    private List<Choice> choices(int serviceDeskId, ApplicationUser actor) {
        RequestTypeService types = jsm.requestTypes();
        List<Choice> choices = new ArrayList<>();
        for (RequestType type : types.getRequestTypes(actor, types.newQueryBuilder().serviceDesk(serviceDeskId)
                .build())) {
            choices.add(new Choice(type.getId(), type.getName()));
        }
        return List.copyOf(choices);
    }
}
