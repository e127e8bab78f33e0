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

/** DESIGN §4: a product-neutral core, vendor SDKs inside their drivers, no cycles, every endpoint annotated. */
class ArchitectureTest {
    private static final String[] CORE = {
        "io.socialdesk.channel..", "io.socialdesk.contact..", "io.socialdesk.intake..", "io.socialdesk.phone..",
        "io.socialdesk.automation.domain..", "io.socialdesk.request"};
    /** A feature's web layer (e.g. phone.rest) speaks Jira's REST annotations; the feature's domain does not. */
    private static final String REST_LAYER = "io.socialdesk.*.rest..";
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
        noClasses().that().resideInAnyPackage(CORE).and().resideOutsideOfPackage(REST_LAYER)
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void givenCore_whenCheckingDependencies_thenNoPersistenceOrWebTypesAreUsed() {
        noClasses().that().resideInAnyPackage(CORE).and().resideOutsideOfPackage(REST_LAYER)
                .should().dependOnClassesThat().resideInAnyPackage("net.java.ao..", "jakarta.ws.rs..",
                        "jakarta.servlet..", "io.socialdesk.store..", "io.socialdesk.jira..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void givenVendorSdks_whenCheckingWhoUsesThem_thenOnlyTheirOwnDriverPackageDoes() {
        noClasses().that().resideOutsideOfPackage("io.socialdesk.channel.x..")
                .should().dependOnClassesThat().resideInAnyPackage("twitter4j..")
                .allowEmptyShould(true)
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
}
