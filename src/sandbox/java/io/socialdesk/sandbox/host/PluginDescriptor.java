package io.socialdesk.sandbox.host;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The plugin's real atlassian-plugin.xml, read the way the sandbox needs it: what to mount and where. */
public final class PluginDescriptor {
    public record ServletModule(String className, String urlPattern) {
    }

    public record WebPanelModule(String location, int weight, String className, String labelKey,
                                 List<String> conditions) {
    }

    private final Document document;

    private PluginDescriptor(Document document) {
        this.document = document;
    }

    public static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getResourceAsStream("/atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml", e);
        }
    }

    public List<String> aoEntities() {
        return texts("ao", "entity");
    }

    /** The AO module's entity classes: every table a plugin node uses, for a schema like the installed plugin's. */
    @SuppressWarnings("unchecked")
    public Class<? extends net.java.ao.RawEntity<?>>[] aoEntityClasses() {
        return aoEntities().stream().map(name -> {
            try {
                return (Class<? extends net.java.ao.RawEntity<?>>) Class.forName(name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("descriptor names a missing entity: " + name, e);
            }
        }).toArray(Class[]::new);
    }

    /** The AO module's upgrade tasks, in descriptor order. */
    public List<String> aoUpgradeTasks() {
        return texts("ao", "upgradeTask");
    }

    public List<String> restPackages() {
        return texts("rest", "package");
    }

    public List<ServletModule> servlets() {
        List<ServletModule> servlets = new ArrayList<>();
        for (Element servlet : elements(document.getDocumentElement(), "servlet")) {
            for (Element pattern : elements(servlet, "url-pattern")) {
                servlets.add(new ServletModule(servlet.getAttribute("class"), pattern.getTextContent().trim()));
            }
        }
        return servlets;
    }

    /** A dashboard item: its key, the AMD module Jira's dashboard requires, its title's i18n key. */
    public record DashboardItemModule(String key, String amdModule, String titleKey) {
    }

    public List<DashboardItemModule> dashboardItems() {
        List<DashboardItemModule> items = new ArrayList<>();
        for (Element item : elements(document.getDocumentElement(), "dashboard-item")) {
            String title = elements(item, "definition").stream().flatMap(d -> elements(d, "title").stream())
                    .map(t -> t.getAttribute("key")).findFirst().orElse("");
            items.add(new DashboardItemModule(item.getAttribute("key"),
                    elements(item, "amd-module").stream().map(m -> m.getTextContent().trim()).findFirst()
                            .orElse(""), title));
        }
        return items;
    }

    public List<WebPanelModule> webPanels(String location) {
        List<WebPanelModule> panels = new ArrayList<>();
        for (Element panel : elements(document.getDocumentElement(), "web-panel")) {
            if (location.equals(panel.getAttribute("location"))) {
                panels.add(new WebPanelModule(location, Integer.parseInt(panel.getAttribute("weight")),
                        panel.getAttribute("class"),
                        elements(panel, "label").stream().map(l -> l.getAttribute("key")).findFirst().orElse(""),
                        elements(panel, "condition").stream().map(c -> c.getAttribute("class")).toList()));
            }
        }
        panels.sort(java.util.Comparator.comparingInt(WebPanelModule::weight));
        return panels;
    }

    /**
     * web-resource context to the download locations it pulls in, in declaration order, each module's dependencies on
     * the plugin's own web-resources first (as Jira's resource manager orders them); host dependencies (AUI) are the
     * sandbox page's own.
     */
    public Map<String, List<String>> webResourceContexts() {
        Map<String, List<String>> contexts = new LinkedHashMap<>();
        String own = document.getDocumentElement().getAttribute("key") + ":";
        Map<String, List<String>> downloads = new LinkedHashMap<>();
        for (Element module : elements(document.getDocumentElement(), "web-resource")) {
            List<String> locations = new ArrayList<>();
            for (Element dependency : elements(module, "dependency")) {
                String key = dependency.getTextContent().trim();
                if (key.startsWith(own)) {
                    locations.addAll(downloads.getOrDefault(key.substring(own.length()), List.of()));
                }
            }
            for (Element resource : elements(module, "resource")) {
                if ("download".equals(resource.getAttribute("type"))) {
                    locations.add(resource.getAttribute("location"));
                }
            }
            downloads.put(module.getAttribute("key"), locations);
            for (Element context : elements(module, "context")) {
                contexts.computeIfAbsent(context.getTextContent().trim(), c -> new ArrayList<>()).addAll(locations);
            }
            contexts.computeIfAbsent("module:" + document.getDocumentElement().getAttribute("key") + ":"
                    + module.getAttribute("key"), c -> new ArrayList<>()).addAll(locations);
        }
        return contexts;
    }

    private List<String> texts(String moduleTag, String childTag) {
        List<String> values = new ArrayList<>();
        for (Element module : elements(document.getDocumentElement(), moduleTag)) {
            for (Element child : elements(module, childTag)) {
                values.add(child.getTextContent().trim());
            }
        }
        return values;
    }

    private static List<Element> elements(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                result.add(e);
            }
        }
        return result;
    }
}
