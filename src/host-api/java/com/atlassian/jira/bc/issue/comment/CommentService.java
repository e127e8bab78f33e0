// Source: https://docs.atlassian.com/jira/latest/com/atlassian/jira/bc/issue/comment/CommentService.html
package com.atlassian.jira.bc.issue.comment;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.comments.Comment;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.json.JSONObject;
import java.util.Map;

public interface CommentService {
    CommentCreateValidationResult validateCommentCreate(ApplicationUser user, CommentParameters commentParameters);

    Comment create(ApplicationUser user, CommentCreateValidationResult commentValidationResult, boolean dispatchEvent);

    final class CommentParameters {
        private CommentParameters() {
        }

        public static CommentParametersBuilder builder() {
            throw new UnsupportedOperationException("host API declaration");
        }

        public static class CommentParametersBuilder {
            protected CommentParametersBuilder() {
            }

            public CommentParametersBuilder body(String body) {
                throw new UnsupportedOperationException("host API declaration");
            }

            public CommentParametersBuilder issue(Issue issue) {
                throw new UnsupportedOperationException("host API declaration");
            }

            public CommentParametersBuilder author(ApplicationUser author) {
                throw new UnsupportedOperationException("host API declaration");
            }

            public CommentParametersBuilder commentProperties(Map<String, JSONObject> commentProperties) {
                throw new UnsupportedOperationException("host API declaration");
            }

            public CommentParameters build() {
                throw new UnsupportedOperationException("host API declaration");
            }
        }
    }

    class CommentCreateValidationResult extends ServiceResultImpl {
        protected CommentCreateValidationResult() {
        }
    }
}
