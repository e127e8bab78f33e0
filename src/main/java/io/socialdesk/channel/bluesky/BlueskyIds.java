package io.socialdesk.channel.bluesky;

import java.util.regex.Pattern;

/** The AT Protocol's identifiers as SocialDesk accepts them from the network: DIDs and post at-URIs, bounded. */
final class BlueskyIds {
    private static final Pattern DID = Pattern.compile("did:[a-z]{1,16}:[A-Za-z0-9._:%-]{1,200}");
    private static final Pattern POST_URI = Pattern.compile(
            "at://did:[a-z]{1,16}:[A-Za-z0-9._:%-]{1,200}/app\\.bsky\\.feed\\.post/[A-Za-z0-9._~:-]{1,64}");

    private BlueskyIds() {
    }

    static boolean did(String value) {
        return DID.matcher(value).matches();
    }

    static boolean postUri(String value) {
        return POST_URI.matcher(value).matches();
    }

    /** The record key: the last path segment of a post's at-URI. */
    static String recordKey(String postUri) {
        return postUri.substring(postUri.lastIndexOf('/') + 1);
    }

    /** The DID of the repository a post's at-URI points into. */
    static String repository(String postUri) {
        String rest = postUri.substring("at://".length());
        return rest.substring(0, rest.indexOf('/'));
    }
}
