package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.servicedesk.api.ServiceDesk;
import com.atlassian.servicedesk.api.ServiceDeskManager;
import com.atlassian.servicedesk.api.ServiceDeskService;
import com.atlassian.servicedesk.api.ServiceDeskServiceException;
import com.atlassian.servicedesk.api.requesttype.RequestType;
import com.atlassian.servicedesk.api.requesttype.RequestTypeQuery;
import com.atlassian.servicedesk.api.requesttype.RequestTypeService;
import com.atlassian.servicedesk.api.util.paging.PagedRequest;
import com.atlassian.servicedesk.api.util.paging.PagedResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * JSM's service desk manager (no permission checks; an unknown project or id is a ServiceDeskServiceException, as
 * JSM answers) and request type service (the types an agent of the service desk may see).
 */
final class SimServiceDesks implements ServiceDeskManager, ServiceDeskService, RequestTypeService {
    private final SimulatedJsm jsm;

    SimServiceDesks(SimulatedJsm jsm) {
        this.jsm = jsm;
    }

    @Override
    public ServiceDesk getServiceDeskForProject(Project project) {
        SimulatedJsm.ServiceDesk desk = jsm.serviceDesk();
        if (project == null || project.getId() == null || project.getId() != desk.projectId()) {
            throw new JsmException("No service desk was found for project "
                    + (project == null ? "null" : project.getKey()) + ".");
        }
        return new SimServiceDesk(desk.id(), desk.projectId(), desk.name());
    }

    @Override
    public ServiceDesk getServiceDeskById(int serviceDeskId) {
        SimulatedJsm.ServiceDesk desk = jsm.serviceDesk();
        if (serviceDeskId != desk.id()) {
            throw new JsmException("The service desk with id " + serviceDeskId + " does not exist.");
        }
        return new SimServiceDesk(desk.id(), desk.projectId(), desk.name());
    }

    /** The service desks the user may see: an agent sees the one desk; a customer none from this service. */
    @Override
    public PagedResponse<ServiceDesk> getServiceDesks(ApplicationUser user, boolean includeArchived,
                                                      PagedRequest pagedRequest) {
        if (user == null || !jsm.onTeam(user.getKey()) || pagedRequest.getStart() > 0) {
            return new Page<>(List.of());
        }
        SimulatedJsm.ServiceDesk desk = jsm.serviceDesk();
        return new Page<>(List.of(new SimServiceDesk(desk.id(), desk.projectId(), desk.name())));
    }

    @Override
    public RequestTypeQuery.Builder newQueryBuilder() {
        return new TypeQuery(null, null);
    }

    @Override
    public PagedResponse<RequestType> getRequestTypes(ApplicationUser user, RequestTypeQuery query) {
        TypeQuery wanted = (TypeQuery) query;
        // agents see every request type; an active customer the ones in the portal, which here are all of them
        if (user == null || jsm.user(user.getKey()).filter(SimulatedJsm.User::active).isEmpty()) {
            return new Page<>(List.of());
        }
        return new Page<>(jsm.requestTypes().stream()
                .filter(t -> wanted.serviceDesk() == null || t.serviceDeskId() == wanted.serviceDesk())
                .filter(t -> wanted.requestType() == null || t.id() == wanted.requestType())
                .<RequestType>map(t -> new SimRequestType(t.id(), t.name(), t.serviceDeskId())).toList());
    }

    record SimServiceDesk(int id, long projectId, String projectName) implements ServiceDesk {
        @Override
        public int getId() {
            return id;
        }

        @Override
        public long getProjectId() {
            return projectId;
        }

        @Override
        public String getProjectName() {
            return projectName;
        }
    }

    record SimRequestType(int id, String name, int serviceDeskId) implements RequestType {
        @Override
        public int getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    private record TypeQuery(Integer serviceDesk, Integer requestType)
            implements RequestTypeQuery, RequestTypeQuery.Builder {
        @Override
        public RequestTypeQuery.Builder serviceDesk(Integer id) {
            return new TypeQuery(id, requestType);
        }

        @Override
        public RequestTypeQuery.Builder requestType(Integer id) {
            return new TypeQuery(serviceDesk, id);
        }

        @Override
        public RequestTypeQuery build() {
            return this;
        }
    }

    record Page<T>(List<T> results) implements PagedResponse<T> {
        @Override
        public List<T> getResults() {
            return results;
        }

        @Override
        public int size() {
            return results.size();
        }

        @Override
        public boolean hasNextPage() {
            return false;
        }

        @Override
        public Optional<T> findFirst() {
            return results.stream().findFirst();
        }

        @Override
        public Iterator<T> iterator() {
            return results.iterator();
        }
    }

    /** JSM's unchecked service exception (BadRequestException, NoSuchEntityException, … in JSM itself). */
    static final class JsmException extends ServiceDeskServiceException {
        private final String message;

        JsmException(String message) {
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }
}
