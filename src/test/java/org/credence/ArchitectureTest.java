package org.credence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;

/** The layering of STYLE.md, enforced: ui → service → domain, never back, and no cycles between features. */
@AnalyzeClasses(packages = "org.credence", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call application services only");

    @ArchTest
    static final ArchRule views_never_touch_the_entity_manager = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule services_never_depend_on_views = noClasses().that().resideOutsideOfPackage("org.credence..ui..")
            .and().areNotAnnotatedWith(Configuration.class)
            .should().dependOnClassesThat().resideInAPackage("org.credence..ui..")
            .because("the domain and services must work without a UI (API, command line);"
                    + " only configuration wires the two (the login view into Spring Security)");

    @ArchTest
    static final ArchRule only_the_extractor_package_knows_tika = noClasses()
            .that().resideOutsideOfPackage("org.credence.document.extract..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.tika..");

    @ArchTest
    static final ArchRule the_api_uses_no_vaadin = noClasses().that().resideInAnyPackage("org.credence.api..",
            "org.credence..web..").should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule each_feature_owns_its_http_api = classes().that()
            .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should().resideInAnyPackage("org.credence..web..", "org.credence.api")
            .because("a feature is one folder: entities, repository, service, UI and HTTP API; api/ keeps only"
                    + " what all controllers share (the JSON error shape, unknown paths)");

    @ArchTest
    static final ArchRule controllers_call_services_only = noClasses().that().resideInAPackage("org.credence..web..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().dependOnClassesThat().resideInAPackage("org.credence..ui..");

    @ArchTest
    static final ArchRule the_reader_takes_suggestions_through_an_interface = noClasses()
            .that().resideInAPackage("org.credence.annotation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.credence.cue..", "org.credence.claim..")
            .because("suggestion sources (cue lexicon, claim candidates) implement annotation's StatementSuggestions;"
                    + " the Reader never depends on how a suggestion was found");

    @ArchTest
    static final ArchRule features_have_no_cycles = slices().matching("org.credence.(*)..")
            .should().beFreeOfCycles();
}
