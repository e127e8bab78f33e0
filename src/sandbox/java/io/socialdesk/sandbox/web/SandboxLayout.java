package io.socialdesk.sandbox.web;

/** The sandbox's own chrome: a top bar with the queue, the admin page and who you are acting as. */
final class SandboxLayout {
    private SandboxLayout() {
    }

    /** AUI is on the test classpath when the build fetched it; without it the pages still work, unstyled. */
    private static final boolean AUI = SandboxLayout.class.getResource("/sandbox-aui/dist/aui/aui-prototyping.css")
            != null;

    /**
     * What Jira puts in every page's head and SocialDesk relies on: Atlassian's UI library (its styles and AJS, with
     * jQuery), then the sandbox's own chrome.
     */
    static String headTags() {
        return "<meta charset=\"UTF-8\">"
                + (AUI ? "<link rel=\"stylesheet\" href=\"/sandbox/aui/aui-prototyping.css\">"
                        + "<script src=\"/sandbox/aui/aui-prototyping.js\"></script>" : "")
                + "<link rel=\"stylesheet\" href=\"/sandbox/static/sandbox.css\">"
                + "<script>window.AJS = window.AJS || {}; AJS.contextPath = function () { return ''; };</script>";
    }

    static String navigation() {
        return "<header class=\"sd-top\"><a class=\"sd-brand\" href=\"/\">Sandbox JSM</a>"
                + "<a href=\"/\">Customer Support queue</a>"
                + "<a href=\"/plugins/servlet/socialdesk/admin\">SocialDesk admin</a>"
                + "<a href=\"/secure/Dashboard.jspa\">Dashboard</a>"
                + "<a href=\"/plugins/servlet/socialdesk/insights?project=CS\">Social insights</a>"
                + "<a href=\"/sandbox/outbox\">Outbox</a>"
                + "<span class=\"sd-user\" id=\"sd-user\"></span></header>";
    }
}
