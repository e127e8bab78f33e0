package io.socialdesk.build;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md: a product-neutral core (no Atlassian, AO, JAX-RS or servlet types outside the
 * features' rest and web layers), vendor SDKs inside their drivers, one HTTP edge, no cycles, every endpoint annotated.
 */
class ArchitectureTest {
    private static final String[] CORE = {
        "io.socialdesk.admin..", "io.socialdesk.agent..", "io.socialdesk.automation..", "io.socialdesk.channel..",
        "io.socialdesk.contact..", "io.socialdesk.correction..", "io.socialdesk.intake..", "io.socialdesk.matching..",
        "io.socialdesk.phone..",
        "io.socialdesk.privacy..", "io.socialdesk.text..",
        "io.socialdesk.registry..",
        "io.socialdesk.request..", "io.socialdesk.surge..", "io.socialdesk.triage..", "io.socialdesk.viral..",
        "io.socialdesk.watch..", "io.socialdesk.webhook..", "io.socialdesk.whatsapp.."};
    /** A feature's REST and web layers (e.g. phone.rest, agent.web) speak Jira's APIs; the feature's domain does not. */
    private static final String[] HOST_FACING_LAYERS = {"io.socialdesk.*.rest..", "io.socialdesk.*.web.."};
    private static final List<String> ACCESS_ANNOTATIONS = List.of(
            "AdminOnly", "SystemAdminOnly", "LicensedOnly", "AnonymousSiteAccess", "UnlicensedSiteAccess",
            "UnrestrictedAccess");
    private static final List<String> HTTP_METHODS = List.of(
            "jakarta.ws.rs.GET", "jakarta.ws.rs.POST", "jakarta.ws.rs.PUT", "jakarta.ws.rs.DELETE",
            "jakarta.ws.rs.PATCH", "jakarta.ws.rs.HEAD");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.socialdesk");
    }

    @Test
    void givenCore_whenCheckingDependencies_thenNothingFromAtlassianIsUsed() {
        noClasses().that().resideInAnyPackage(CORE).and().resideOutsideOfPackages(HOST_FACING_LAYERS)
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..")
                .check(classes);
    }

    @Test
    void givenCore_whenCheckingDependencies_thenNoPersistenceOrWebTypesAreUsed() {
        noClasses().that().resideInAnyPackage(CORE).and().resideOutsideOfPackages(HOST_FACING_LAYERS)
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "jakarta.ws.rs..",
                        "jakarta.servlet..", "io.socialdesk.store..", "io.socialdesk.jira..")
                .check(classes);
    }

    @Test
    void givenVendorSdks_whenCheckingWhoUsesThem_thenOnlyTheirOwnDriverPackageDoes() {
        noClasses().that().resideOutsideOfPackage("io.socialdesk.channel.x..")
                .should().dependOnClassesThat().resideInAnyPackage("twitter4j..")
                .check(classes);
    }

    @Test
    void givenOutboundHttp_whenCheckingWhoOpensConnections_thenOnlyTheHttpEdgeDoes() {
        noClasses().that().resideOutsideOfPackage("io.socialdesk.channel.wire..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.net.http.HttpClient")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .check(classes);
    }

    @Test
    void givenActiveObjects_whenCheckingWhoUsesIt_thenOnlyTheStoreDoes() {
        noClasses().that().resideOutsideOfPackage("io.socialdesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..",
                        "com.atlassian.activeobjects..")
                .check(classes);
    }

    @Test
    void givenFeaturePackages_whenSlicing_thenThereAreNoCycles() {
        slices().matching("io.socialdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void givenRestResources_whenListingEndpoints_thenEachCarriesAnAccessAnnotation() {
        methods().that(new com.tngtech.archunit.base.DescribedPredicate<JavaMethod>("are REST endpoints") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith);
                    }
                })
                .should(new ArchCondition<JavaMethod>("carry an access annotation") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean annotated = method.getAnnotations().stream().anyMatch(a ->
                                a.getRawType().getPackageName()
                                        .equals("com.atlassian.plugins.rest.api.security.annotation")
                                        && ACCESS_ANNOTATIONS.contains(a.getRawType().getSimpleName()));
                        if (!annotated) {
                            events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " has no REST v2 access annotation"));
                        }
                    }
                })
                .check(classes);
    }

    /**
     * A node runs many accounts on many threads, and Jira keeps a plugin's classes loaded across its enable and
     * disable cycles: state belongs to components (made and ended with the plugin) or the database, never to a class.
     * So every static field is final, and a static collection is read-only (its contents are checked, not only its
     * declared type).
     */
    @Test
    void givenMainClasses_whenCheckingStaticFields_thenNoneIsMutableState() throws Exception {
        List<String> mutable = new java.util.ArrayList<>();
        for (com.tngtech.archunit.core.domain.JavaClass type : classes) {
            if (!type.getSource().map(source -> source.getUri().toString().contains("/target/classes/"))
                    .orElse(false)) {
                continue; // the sandbox and the host API stand-ins are not shipped
            }
            for (com.tngtech.archunit.core.domain.JavaField field : type.getFields()) {
                java.util.Set<com.tngtech.archunit.core.domain.JavaModifier> modifiers = field.getModifiers();
                if (!modifiers.contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                        || modifiers.contains(com.tngtech.archunit.core.domain.JavaModifier.SYNTHETIC)) {
                    continue;
                }
                if (!modifiers.contains(com.tngtech.archunit.core.domain.JavaModifier.FINAL)) {
                    mutable.add(type.getName() + "." + field.getName() + " is not final");
                    continue;
                }
                java.lang.reflect.Field reflected = field.reflect();
                if (java.util.Map.class.isAssignableFrom(reflected.getType())
                        || java.util.Collection.class.isAssignableFrom(reflected.getType())) {
                    reflected.setAccessible(true);
                    Object value = reflected.get(null);
                    String implementation = value == null ? "" : value.getClass().getName();
                    if (!implementation.startsWith("java.util.ImmutableCollections$")
                            && !implementation.startsWith("java.util.Collections$Unmodifiable")
                            && !implementation.startsWith("java.util.Collections$Empty")) {
                        mutable.add(type.getName() + "." + field.getName() + " holds a " + implementation);
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(mutable).isEmpty();
    }

    /** See {@code jira.AnonymizationParameters}: a plain call would bind to one of the two shapes Jira may have. */
    @Test
    void givenJirasAnonymizationParameter_whenCheckingCallers_thenOnlyItsReaderCallsIt() {
        noClasses().that().doNotHaveFullyQualifiedName("io.socialdesk.jira.AnonymizationParameters")
                .should().accessClassesThat()
                .haveFullyQualifiedName("com.atlassian.jira.user.anonymize.UserAnonymizationParameter")
                .orShould().accessClassesThat()
                .haveFullyQualifiedName("com.atlassian.jira.user.anonymize.UserPropertyChangeParameter")
                .check(classes);
    }
}
