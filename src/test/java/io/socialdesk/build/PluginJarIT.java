package io.socialdesk.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.MethodInfo;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What Jira's plugin system reads from the jar: descriptor, manifest, Spring context, scanner indexes. */
class PluginJarIT {
    private static final String REST_ACCESS = "com.atlassian.plugins.rest.api.security.annotation.";
    private static final List<String> HTTP_METHODS = List.of("jakarta.ws.rs.GET", "jakarta.ws.rs.POST",
            "jakarta.ws.rs.PUT", "jakarta.ws.rs.DELETE", "jakarta.ws.rs.PATCH", "jakarta.ws.rs.HEAD");
    private static BuiltJar jar;
    private static Document descriptor;
    private static Attributes manifest;

    @BeforeAll
    static void openJar() throws Exception {
        jar = BuiltJar.open();
        descriptor = jar.xml("atlassian-plugin.xml");
        manifest = jar.manifest();
    }

    @AfterAll
    static void closeJar() throws Exception {
        jar.close();
    }

    @Test
    void givenBuiltJar_whenListingEntries_thenNoAtlassianClassIsPackaged() {
        // when
        List<String> atlassian = jar.entryNames().stream().filter(n -> n.startsWith("com/atlassian/")).toList();

        // then
        assertThat(atlassian).as("host API declarations must never ship").isEmpty();
    }

    @Test
    void givenDescriptor_whenReadingPluginInfo_thenKeyVersionVendorAndDataCenterParamsAreFilteredIn() {
        // given
        Element root = descriptor.getDocumentElement();
        Element info = (Element) root.getElementsByTagName("plugin-info").item(0);

        // then
        assertThat(root.getAttribute("key")).isEqualTo(System.getProperty("socialdesk.pluginKey"));
        assertThat(text(info, "version")).isEqualTo(System.getProperty("socialdesk.version"));
        assertThat(((Element) info.getElementsByTagName("vendor").item(0)).getAttribute("name")).isNotBlank();
        assertThat(params(info)).contains(
                "atlassian-data-center-status=compatible",
                "atlassian-data-center-compatible=true",
                "configure.url=/plugins/servlet/socialdesk/admin");
        assertThat(jar.text("atlassian-plugin.xml")).doesNotContain("${");
    }

    @Test
    void givenDescriptor_whenCollectingClassNames_thenEachIsInTheJarOrImportedFromTheHost() {
        // given
        Set<String> imported = importedPackages();
        List<String> problems = new ArrayList<>();

        // when
        for (String className : descriptorClassNames()) {
            String packageName = className.substring(0, className.lastIndexOf('.'));
            boolean packaged = jar.has(className.replace('.', '/') + ".class");
            boolean fromHost = className.startsWith("com.atlassian.") && imported.contains(packageName);
            if (!packaged && !fromHost) {
                problems.add(className + (className.startsWith("com.atlassian.")
                        ? " (add " + packageName + " to Import-Package)" : " (class missing)"));
            }
        }

        // then
        assertThat(problems).isEmpty();
    }

    @Test
    void givenDescriptor_whenCollectingResourceLocations_thenEachIsInTheJar() {
        // given
        NodeList resources = descriptor.getElementsByTagName("resource");
        List<String> missing = new ArrayList<>();

        // when
        for (int i = 0; i < resources.getLength(); i++) {
            Element resource = (Element) resources.item(i);
            String location = resource.getAttribute("location");
            String entry = "i18n".equals(resource.getAttribute("type")) ? location + ".properties" : location;
            if (!jar.has(entry.startsWith("/") ? entry.substring(1) : entry)) {
                missing.add(entry);
            }
        }

        // then
        assertThat(missing).isEmpty();
    }

    @Test
    void givenManifest_whenReadingHeaders_thenThePluginIsTransformerlessAndConsistent() {
        // then
        String key = System.getProperty("socialdesk.pluginKey");
        assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo(key);
        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo(key);
        assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
        assertThat(manifest.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(manifest.getValue("Bundle-Version"))
                .isEqualTo(System.getProperty("socialdesk.version").replace('-', '.'));
        for (OsgiHeader.Clause entry : OsgiHeader.parse(manifest.getValue("Bundle-ClassPath")).clauses()) {
            assertThat(entry.name().equals(".") || jar.has(entry.name()))
                    .as("Bundle-ClassPath entry %s is in the jar", entry.name()).isTrue();
        }
    }

    @Test
    void givenManifest_whenReadingImportPackage_thenEveryMandatoryImportIsAHostPackageAtAJira11Range() {
        // given
        List<String> hostPrefixes = List.of("com.atlassian.", "com.opensymphony.workflow.", "org.ofbiz.core.", "jakarta.",
                "org.springframework.", "org.osgi.", "org.slf4j", "net.java.ao", "javax.");
        List<String> problems = new ArrayList<>();

        // when
        for (OsgiHeader.Clause clause : OsgiHeader.parse(manifest.getValue("Import-Package")).clauses()) {
            if (clause.name().startsWith("java.")) {
                problems.add(clause.name() + " (java.* is never imported)");
            } else if (!clause.optional() && hostPrefixes.stream().noneMatch(clause.name()::startsWith)) {
                problems.add(clause.name() + " is not a host package: embed it or make it optional");
            } else if (clause.name().startsWith("net.java.ao") && clause.attributes().contains("[")) {
                problems.add(clause.name() + " must admit Jira 11's AO 6.x, not the 3.x compiled against");
            }
        }

        // then
        assertThat(problems).isEmpty();
        String imports = manifest.getValue("Import-Package");
        assertThat(imports).contains("jakarta.ws.rs;version=\"[3.1,4)\"");
        assertThat(imports).contains("jakarta.servlet.http;version=\"[6.0,7)\"");
        assertThat(imports).contains("com.atlassian.plugin.osgi.bridge.external");
    }

    @Test
    void givenManifest_whenReadingImportPackage_thenNoPrePlatform7WebPanelAndOfbizIsMandatory() {
        // when
        List<OsgiHeader.Clause> imports = OsgiHeader.parse(manifest.getValue("Import-Package")).clauses();

        // then: the deprecated web panel package is gone in Platform 8; a mandatory import of it stops the plugin
        assertThat(imports).extracting(OsgiHeader.Clause::name).doesNotContain("com.atlassian.plugin.web.model");
        assertThat(imports).filteredOn(c -> c.name().equals("org.ofbiz.core.entity")).singleElement()
                .satisfies(c -> assertThat(c.optional()).as("GenericValue is in the event bundle's signature")
                        .isFalse());
        assertThat(imports).filteredOn(c -> c.name().startsWith("org.springframework.osgi")
                || c.name().startsWith("org.eclipse.gemini.blueprint")).allMatch(OsgiHeader.Clause::optional);
    }

    @Test
    void givenServletsAndRestResources_whenReadingTheirClassesInTheJar_thenEachCarriesAnAccessAnnotation() {
        // given
        List<String> problems = new ArrayList<>();
        try (ScanResult scan = new ClassGraph().overrideClasspath(System.getProperty("socialdesk.jar"))
                .acceptPackages("io.socialdesk").enableAllInfo().scan()) {
            // when: servlets are secure by default since Platform 7 and read com.atlassian.annotations.security
            for (String servlet : moduleClasses("servlet")) {
                ClassInfo type = scan.getClassInfo(servlet);
                if (type == null || type.getAnnotationInfo().stream().noneMatch(a ->
                        a.getName().startsWith("com.atlassian.annotations.security."))) {
                    problems.add(servlet + " has no com.atlassian.annotations.security access annotation");
                }
            }
            for (ClassInfo resource : scan.getClassesWithAnnotation("jakarta.ws.rs.Path")) {
                if (restPackages().stream().noneMatch(p -> resource.getPackageName().equals(p))) {
                    continue;
                }
                for (MethodInfo method : resource.getDeclaredMethodInfo()) {
                    boolean endpoint = method.getAnnotationInfo().stream()
                            .anyMatch(a -> HTTP_METHODS.contains(a.getName()));
                    boolean annotated = method.getAnnotationInfo().stream().anyMatch(a -> a.getName()
                            .startsWith(REST_ACCESS)) || resource.getAnnotationInfo().stream()
                            .anyMatch(a -> a.getName().startsWith(REST_ACCESS));
                    if (endpoint && !annotated) {
                        problems.add(resource.getName() + "#" + method.getName() + " has no REST v2 access annotation");
                    }
                }
            }
        }

        // then
        assertThat(moduleClasses("servlet")).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void givenWebItems_whenResolvingTheirSection_thenItIsOursUnderTheAppsAdminMenuOrTheProjectSidebar() {
        // given: Jira's apps administration menu; the old system.admin sections are not shown in Jira 11
        Set<String> sections = new TreeSet<>();
        NodeList declared = descriptor.getElementsByTagName("web-section");
        for (int i = 0; i < declared.getLength(); i++) {
            Element section = (Element) declared.item(i);
            sections.add(section.getAttribute("location") + "/" + section.getAttribute("key"));
        }
        NodeList items = descriptor.getElementsByTagName("web-item");

        // when / then
        assertThat(items.getLength()).isPositive();
        for (int i = 0; i < items.getLength(); i++) {
            String section = ((Element) items.item(i)).getAttribute("section");
            // the project sidebar's apps section is Jira's own (jira.project.sidebar.plugins.navigation)
            if (section.equals("jira.project.sidebar.plugins.navigation")) {
                continue;
            }
            assertThat(sections).as("web-section for %s", section).contains(section);
            assertThat(section).startsWith("admin_plugins_menu/");
        }
    }

    private static List<String> moduleClasses(String module) {
        List<String> classes = new ArrayList<>();
        NodeList modules = descriptor.getElementsByTagName(module);
        for (int i = 0; i < modules.getLength(); i++) {
            classes.add(((Element) modules.item(i)).getAttribute("class"));
        }
        return classes;
    }

    private static List<String> restPackages() {
        List<String> packages = new ArrayList<>();
        NodeList rest = descriptor.getElementsByTagName("package");
        for (int i = 0; i < rest.getLength(); i++) {
            packages.add(rest.item(i).getTextContent().trim());
        }
        return packages;
    }

    @Test
    void givenEmbeddedLibraries_whenListing_thenNoHostProvidedApiIsEmbedded() {
        // when
        List<String> embedded = jar.entryNames().stream().filter(n -> n.startsWith("META-INF/lib/")).toList();

        // then
        assertThat(embedded).isNotEmpty();
        assertThat(embedded).noneMatch(n -> n.matches(
                "META-INF/lib/(jakarta|spring|activeobjects|slf4j|servlet|jersey|junit|hsqldb).*"));
    }

    @Test
    void givenEmbeddedLibraries_whenListing_thenLog4jCallsGoToJirasLoggingNotAnEmbeddedLog4j() {
        // when
        List<String> embedded = jar.entryNames().stream().filter(n -> n.startsWith("META-INF/lib/")).toList();

        // then: VADER's log4j calls reach Jira's SLF4J (its levels, its files), not an unconfigured log4j of our own
        assertThat(embedded).anyMatch(n -> n.startsWith("META-INF/lib/log4j-over-slf4j-"));
        assertThat(embedded).noneMatch(n -> n.matches("META-INF/lib/(reload4j|log4j-1|log4j-core|log4j-api).*"));
    }

    @Test
    void givenSpringContext_whenParsed_thenItScansTheBuildTimeIndexes() throws Exception {
        // when
        Document context = jar.xml("META-INF/spring/plugin-context.xml");

        // then
        NodeList scan = context.getElementsByTagNameNS(
                "http://www.atlassian.com/schema/atlassian-scanner/2", "scan-indexes");
        assertThat(scan.getLength()).isEqualTo(1);
        for (String index : List.of("component", "imports", "exports")) {
            assertThat(jar.has("META-INF/plugin-components/" + index)).as(index).isTrue();
        }
    }

    @Test
    void givenComponentIndex_whenReadingLines_thenEachComponentClassIsInTheJar() {
        // when
        List<String> missing = jar.text("META-INF/plugin-components/component").lines()
                .filter(line -> !line.isBlank())
                .map(line -> line.split("#")[0])
                .filter(className -> !jar.has(className.replace('.', '/') + ".class"))
                .toList();

        // then
        assertThat(missing).isEmpty();
    }

    private static Set<String> importedPackages() {
        Set<String> names = new TreeSet<>();
        OsgiHeader.parse(manifest.getValue("Import-Package")).clauses().forEach(c -> names.add(c.name()));
        return names;
    }

    private static Set<String> descriptorClassNames() {
        Set<String> names = new TreeSet<>();
        NodeList all = descriptor.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.hasAttribute("class") && !"java.lang.Object".equals(element.getAttribute("class"))) {
                names.add(element.getAttribute("class"));
            }
            if (List.of("entity", "upgradeTask").contains(element.getTagName())) {
                names.add(element.getTextContent().trim());
            }
        }
        return names;
    }

    private static List<String> params(Element info) {
        NodeList params = info.getElementsByTagName("param");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            values.add(param.getAttribute("name") + "=" + param.getTextContent().trim());
        }
        return values;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
