package io.socialdesk.channel.mastodon;

import static io.socialdesk.channel.wire.JsonFields.object;
import static io.socialdesk.channel.wire.JsonFields.string;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.socialdesk.channel.InboundPost;
import io.socialdesk.channel.PostContext;
import io.socialdesk.channel.wire.Exchange;
import io.socialdesk.channel.wire.HttpEdge;
import io.socialdesk.channel.wire.JsonFields;
import io.socialdesk.channel.wire.PostIds;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The post a customer's reply answers: a mention notification carries only {@code in_reply_to_id}, so the status it
 * answers (the brand's announcement, another customer's post) is read with {@code GET /api/v1/statuses/:id}, once,
 * when the reply is taken in, and kept with it. At most {@value #MAX_READS} such reads per poll, so a thread of replies
 * never eats the account's request budget; a status that cannot be read leaves the reply without context.
 */
final class MastodonContexts {
    static final int MAX_READS = 10;

    private final HttpEdge edge;

    MastodonContexts(HttpEdge edge) {
        this.edge = edge;
    }

    List<InboundPost> added(URI apiBaseUrl, String token, List<InboundPost> posts) {
        Map<String, Optional<PostContext>> read = new HashMap<>();
        List<InboundPost> done = new ArrayList<>();
        for (InboundPost post : posts) {
            Optional<String> parent = post.inReplyTo().filter(PostIds::valid);
            if (post.context().isPresent() || parent.isEmpty()
                    || !read.containsKey(parent.get()) && read.size() >= MAX_READS) {
                done.add(post);
                continue;
            }
            Optional<PostContext> context = read.computeIfAbsent(parent.get(), id -> status(apiBaseUrl, token, id));
            done.add(context.map(post::withContext).orElse(post));
        }
        return done;
    }

    private Optional<PostContext> status(URI apiBaseUrl, String token, String id) {
        Exchange exchange = edge.send(HttpRequest.newBuilder(apiBaseUrl.resolve("/api/v1/statuses/" + id))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET());
        if (!(exchange instanceof Exchange.Answer answer) || !answer.ok()) {
            return Optional.empty();
        }
        return JsonFields.parse(answer.body()).filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                .map(MastodonContexts::context);
    }

    private static PostContext context(JsonObject status) {
        return new PostContext(PostContext.Relation.REPLY_TO,
                object(status, "account").flatMap(a -> string(a, "acct")).orElse(""),
                MastodonHtml.toText(string(status, "content").orElse("")));
    }
}
