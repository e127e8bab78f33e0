package io.socialdesk.sandbox.jsm;

import com.atlassian.jira.bc.issue.comment.CommentService;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.json.JSONObject;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jira's comment service: validate, then create with the validation result. Validation checks the issue, the add
 * comments permission and the body (not empty, at most Jira's default text limit); JSM's {@code sd.public.comment}
 * property decides whether the comment is internal; every property is stored on the comment.
 */
final class SimComments implements CommentService {
    static final int TEXT_LIMIT = 32_767;
    static final String JSM_PUBLIC_COMMENT = "sd.public.comment";

    private final SimulatedJsm jsm;
    private final SimPermissions permissions;
    private final Map<CommentCreateValidationResult, CommentParameters> validated =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private final Map<CommentUpdateValidationResult, Update> updates =
            Collections.synchronizedMap(new IdentityHashMap<>());

    SimComments(SimulatedJsm jsm, SimPermissions permissions) {
        this.jsm = jsm;
        this.permissions = permissions;
    }

    @Override
    public CommentCreateValidationResult validateCommentCreate(ApplicationUser user, CommentParameters parameters) {
        SimErrors errors = new SimErrors();
        if (parameters.getIssue() == null || jsm.requestById(parameters.getIssue().getId()).isEmpty()) {
            errors.addErrorMessage("The issue no longer exists.");
        } else if (!permissions.hasPermission(ProjectPermissions.ADD_COMMENTS, parameters.getIssue(), user)) {
            errors.addErrorMessage("You do not have the permission to comment on this issue.");
        } else if (internal(parameters) && !jsm.onTeam(user.getKey()) && !jsm.collaborator(user.getKey())) {
            errors.addErrorMessage("Customers cannot add internal comments.");
        }
        String body = parameters.getBody();
        if (body == null || body.isBlank()) {
            errors.addError("comment", "Comment body can not be empty!");
        } else if (body.length() > TEXT_LIMIT) {
            errors.addError("comment", "The entered text is too long. It exceeds the allowed limit of 32,767 "
                    + "characters.");
        }
        CommentCreateValidationResult result = new CommentCreateValidationResult(errors);
        if (result.isValid()) {
            validated.put(result, parameters);
        }
        return result;
    }

    @Override
    public Comment create(ApplicationUser user, CommentCreateValidationResult result, boolean dispatchEvent) {
        CommentParameters parameters = validated.remove(result);
        if (!result.isValid() || parameters == null) {
            throw new IllegalArgumentException("You can not create a comment with an invalid validation result.");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        parameters.getCommentProperties().forEach((key, json) -> properties.put(key, json.toString()));
        boolean internal = internal(parameters);
        String issueKey = jsm.requestById(parameters.getIssue().getId()).orElseThrow().key();
        SimulatedJsm.Comment comment = jsm.addComment(issueKey,
                parameters.getAuthor() == null ? user.getKey() : parameters.getAuthor().getKey(),
                parameters.getBody(), internal, properties);
        return comment(comment, parameters.getIssue());
    }

    private static boolean internal(CommentParameters parameters) {
        JSONObject visibility = parameters.getCommentProperties().get(JSM_PUBLIC_COMMENT);
        return visibility != null && visibility.optBoolean("internal");
    }

    /**
     * The comments the user may see, oldest first: everything for the service desk's team, the public ones for a
     * customer who may browse the request (JSM shows customers no internal notes), none for anyone else.
     */
    @Override
    public java.util.List<Comment> getCommentsForUser(ApplicationUser user, com.atlassian.jira.issue.Issue issue) {
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return java.util.List.of();
        }
        boolean agent = jsm.onTeam(user.getKey()) || jsm.collaborator(user.getKey());
        return jsm.requestById(issue.getId()).map(SimulatedJsm.Request::comments).orElse(java.util.List.of())
                .stream().filter(c -> agent || !c.internal()).map(c -> comment(c, issue)).toList();
    }

    @Override
    public Comment getCommentById(ApplicationUser user, Long commentId,
                                  com.atlassian.jira.util.ErrorCollection errorCollection) {
        var request = commentId == null ? java.util.Optional.<SimulatedJsm.Request>empty()
                : jsm.requestOfComment(commentId);
        var issue = request.map(r -> new SimIssues(jsm).getIssueObject(r.id())).orElse(null);
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            errorCollection.addErrorMessage("Can not find a comment for the id: " + commentId + ".");
            return null;
        }
        return jsm.comment(commentId).map(c -> comment(c, issue)).orElse(null);
    }

    private Comment comment(SimulatedJsm.Comment comment, com.atlassian.jira.issue.Issue issue) {
        return new SimComment(comment.id(), comment.body(), java.util.Date.from(comment.created()),
                SimUsers.of(jsm, comment.authorKey()).orElse(null), issue);
    }

    /** Validates an edit: the comment exists, the user may comment on its request, the body fits. */
    @Override
    public CommentUpdateValidationResult validateCommentUpdate(ApplicationUser user, Long commentId,
                                                               CommentParameters parameters) {
        SimErrors errors = new SimErrors();
        var request = jsm.requestOfComment(commentId);
        if (request.isEmpty()) {
            errors.addErrorMessage("Can not find a comment for the id: " + commentId + ".");
        } else if (!permissions.hasPermission(ProjectPermissions.ADD_COMMENTS,
                new SimIssues(jsm).getIssueObject(request.get().id()), user)) {
            errors.addErrorMessage("You do not have the permission to edit this comment.");
        }
        String body = parameters.getBody();
        if (body == null || body.isBlank() || body.length() > TEXT_LIMIT) {
            errors.addError("comment", "Comment body can not be empty or longer than 32,767 characters!");
        }
        CommentUpdateValidationResult result = new CommentUpdateValidationResult(errors);
        if (result.isValid()) {
            updates.put(result, new Update(commentId, body));
        }
        return result;
    }

    @Override
    public void update(ApplicationUser user, CommentUpdateValidationResult result, boolean dispatchEvent) {
        Update update = updates.remove(result);
        if (!result.isValid() || update == null) {
            throw new IllegalArgumentException("You can not update a comment with an invalid validation result.");
        }
        jsm.editComment(update.commentId(), update.body());
    }

    private record Update(long commentId, String body) {
    }

    record SimComment(Long id, String body, java.util.Date created, ApplicationUser author,
                      com.atlassian.jira.issue.Issue issue) implements Comment {
        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getBody() {
            return body;
        }

        @Override
        public java.util.Date getCreated() {
            return created;
        }

        @Override
        public ApplicationUser getAuthorApplicationUser() {
            return author;
        }

        @Override
        public com.atlassian.jira.issue.Issue getIssue() {
            return issue;
        }
    }
}
