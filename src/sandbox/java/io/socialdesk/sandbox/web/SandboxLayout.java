package io.socialdesk.sandbox.web;

/** The sandbox's own chrome: a top bar with the queue, the admin page and who you are acting as. */
final class SandboxLayout {
    private SandboxLayout() {
    }

    static String headTags() {
        return "<meta charset=\"UTF-8\"><link rel=\"stylesheet\" href=\"/sandbox/static/sandbox.css\">"
                + "<script>window.AJS = window.AJS || {contextPath: function () { return ''; }};</script>";
    }

    static String navigation() {
        return "<header class=\"sd-top\"><a class=\"sd-brand\" href=\"/\">Sandbox JSM</a>"
                + "<a href=\"/\">Customer Support queue</a>"
                + "<a href=\"/plugins/servlet/socialdesk/admin\">SocialDesk admin</a>"
                + "<a href=\"/sandbox/outbox\">Outbox</a>"
                + "<span class=\"sd-user\" id=\"sd-user\"></span></header>";
    }
}
