package io.socialdesk.channel.meta;

import java.util.regex.Pattern;

/** Graph object ids as SocialDesk puts them into a URL path: digits, with '_' joining a parent's id (post_comment). */
final class MetaIds {
    private static final Pattern ID = Pattern.compile("[0-9]{1,40}(_[0-9]{1,40}){0,2}");

    private MetaIds() {
    }

    static boolean valid(String id) {
        return ID.matcher(id).matches();
    }
}
