// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/comment/CommentService.html and jira-api's
// CommentService source (6.4+, read in public Jira source): CommentParameters is a final value class with a private
// constructor, static builder() and getters; its CommentParametersBuilder keeps what it is given;
// CommentCreateValidationResult is a final ServiceResultImpl. Its real constructor also takes a fugue
// Option<CommentParameters> (the fugue package differs across Jira lines, docs/host-api.md *Fugue*), so the one-argument
// constructor here exists for the sandbox's simulated Jira only: plugin code never constructs a validation result.
package com.atlassian.jira.bc.issue.comment;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.jira.util.json.JSONObject;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

public interface CommentService {
    CommentCreateValidationResult validateCommentCreate(ApplicationUser user, CommentParameters commentParameters);

    // getCommentsForUser(ApplicationUser user, Issue issue): the comments the user may see on the issue, oldest first
    // (https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/comment/CommentService.html).
    java.util.List<Comment> getCommentsForUser(ApplicationUser user, Issue issue);

    // getCommentById(ApplicationUser user, Long commentId, ErrorCollection errorCollection): the comment if the user
    // may see it, else null with the reason in the error collection (same page of the published Javadoc).
    Comment getCommentById(ApplicationUser user, Long commentId, ErrorCollection errorCollection);

    Comment create(ApplicationUser user, CommentCreateValidationResult commentValidationResult, boolean dispatchEvent);

    // Update: validateCommentUpdate(user, commentId, parameters) then update(user, result, dispatchEvent), as public
    // plugins call it (e.g. CommentService.CommentUpdateValidationResult r = commentService.validateCommentUpdate(
    // user, comment.getId(), commentParams); commentService.update(user, r, true)).
    CommentUpdateValidationResult validateCommentUpdate(ApplicationUser user, Long commentId,
                                                        CommentParameters commentParameters);

    void update(ApplicationUser user, CommentUpdateValidationResult updateCommentValidationResult,
                boolean dispatchEvent);

    final class CommentParameters {
        private final String body;
        private final Date created;
        private final ApplicationUser author;
        private final Issue issue;
        private final Map<String, JSONObject> commentProperties;

        private CommentParameters(String body, Date created, ApplicationUser author, Issue issue,
                                  Map<String, JSONObject> commentProperties) {
            this.body = body;
            this.created = created;
            this.author = author;
            this.issue = issue;
            this.commentProperties = commentProperties;
        }

        public static CommentParametersBuilder builder() {
            return new CommentParametersBuilder();
        }

        public String getBody() {
            return body;
        }

        public Date getCreated() {
            return created;
        }

        public ApplicationUser getAuthor() {
            return author;
        }

        public Issue getIssue() {
            return issue;
        }

        public Map<String, JSONObject> getCommentProperties() {
            return commentProperties;
        }

        public static class CommentParametersBuilder {
            private String body;
            private Date created;
            private ApplicationUser author;
            private Issue issue;
            private final Map<String, JSONObject> commentProperties = new HashMap<>();

            public CommentParametersBuilder body(String body) {
                this.body = body;
                return this;
            }

            public CommentParametersBuilder issue(Issue issue) {
                this.issue = issue;
                return this;
            }

            public CommentParametersBuilder author(ApplicationUser author) {
                this.author = author;
                return this;
            }

            public CommentParametersBuilder created(Date created) {
                this.created = created;
                return this;
            }

            public CommentParametersBuilder commentProperties(Map<String, JSONObject> commentProperties) {
                this.commentProperties.putAll(commentProperties);
                return this;
            }

            public CommentParameters build() {
                return new CommentParameters(body, created, author, issue, commentProperties);
            }
        }
    }

    final class CommentUpdateValidationResult extends ServiceResultImpl {
        public CommentUpdateValidationResult(ErrorCollection errorCollection) {
            super(errorCollection);
        }
    }

    final class CommentCreateValidationResult extends ServiceResultImpl {
        public CommentCreateValidationResult(ErrorCollection errorCollection) {
            super(errorCollection);
        }
    }
}
