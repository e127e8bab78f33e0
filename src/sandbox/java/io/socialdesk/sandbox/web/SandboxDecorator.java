package io.socialdesk.sandbox.web;

import io.socialdesk.sandbox.host.SandboxPageBuilder;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stands in for Jira's Sitemesh decorator: a plugin page that declares {@code <meta name="decorator">} gets the
 * sandbox frame, an AJS shim and the web resources it required through PageBuilderService.
 */
public final class SandboxDecorator implements Filter {
    private final Map<String, List<String>> contexts;

    public SandboxDecorator(Map<String, List<String>> contexts) {
        this.contexts = contexts;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SandboxPageBuilder.drain();
        CharArrayWriter buffer = new CharArrayWriter();
        HttpServletResponseWrapper wrapper = new HttpServletResponseWrapper((HttpServletResponse) response) {
            private final PrintWriter writer = new PrintWriter(buffer);

            @Override
            public PrintWriter getWriter() {
                return writer;
            }
        };
        chain.doFilter(request, wrapper);
        wrapper.getWriter().flush();
        String page = buffer.toString();
        Set<String> required = SandboxPageBuilder.drain();
        if (page.contains("<meta name=\"decorator\"")) {
            page = page.replaceFirst("<html>", "<html lang=\""
                            + io.socialdesk.sandbox.host.SandboxI18n.locale().toLanguageTag() + "\">")
                    .replace("</head>", head(required) + "</head>")
                    .replaceFirst("<body>", "<body>" + SandboxLayout.navigation() + "<main class=\"sd-main\">")
                    .replace("</body>", "</main></body>");
        }
        if (!response.isCommitted() && page.length() > 0) {
            response.getWriter().write(page);
        }
    }

    private String head(Set<String> required) {
        StringBuilder tags = new StringBuilder(SandboxLayout.headTags());
        for (String context : required) {
            tags.append(resourceTags(contexts.getOrDefault(context, List.of())));
        }
        return tags.toString();
    }

    /** The tags that load a context's download resources, as Jira's page assembler writes them. */
    static String resourceTags(List<String> locations) {
        StringBuilder tags = new StringBuilder();
        for (String location : locations) {
            String url = "/sandbox/resources/" + location;
            tags.append(location.endsWith(".css")
                    ? "<link rel=\"stylesheet\" href=\"" + url + "\">"
                    : "<script src=\"" + url + "\"></script>");
        }
        return tags.toString();
    }
}
