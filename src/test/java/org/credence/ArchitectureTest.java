package org.credence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The layering of STYLE.md, enforced: ui → service → domain, never back, and no cycles between features. */
@AnalyzeClasses(packages = "org.credence", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .because("views call application services only");

    @ArchTest
    static final ArchRule views_never_touch_the_entity_manager = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule services_never_depend_on_views = noClasses()
            .that()
            .resideOutsideOfPackage("org.credence..ui..")
            .and()
            .areNotAnnotatedWith(Configuration.class)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.credence..ui..")
            .because("the domain and services must work without a UI (API, command line);"
                    + " only configuration wires the two (the login view into Spring Security)");

    @ArchTest
    static final ArchRule only_the_extractor_package_knows_tika = noClasses()
            .that()
            .resideOutsideOfPackage("org.credence.document.extract..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.tika..");

    @ArchTest
    static final ArchRule the_api_uses_no_vaadin = noClasses()
            .that()
            .resideInAnyPackage("org.credence.api..", "org.credence..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule each_feature_owns_its_http_api = classes()
            .that()
            .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should()
            .resideInAnyPackage("org.credence..web..", "org.credence.api")
            .because("a feature is one folder: entities, repository, service, UI and HTTP API; api/ keeps only"
                    + " what all controllers share (the JSON error shape, unknown paths)");

    @ArchTest
    static final ArchRule controllers_call_services_only = noClasses()
            .that()
            .resideInAPackage("org.credence..web..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(Repository.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(EntityManager.class)
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("org.credence..ui..");

    @ArchTest
    static final ArchRule the_reader_takes_suggestions_through_an_interface = noClasses()
            .that()
            .resideInAPackage("org.credence.annotation..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.credence.cue..", "org.credence.claim..")
            .because("suggestion sources (cue lexicon, claim candidates) implement annotation's StatementSuggestions;"
                    + " the Reader never depends on how a suggestion was found");

    @ArchTest
    static final ArchRule entities_stay_in_their_feature = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should(new ArchCondition<JavaClass>("be used only inside their own feature") {
                @Override
                public void check(JavaClass entity, ConditionEvents events) {
                    String feature = featureOf(entity.getPackageName());
                    for (Dependency use : entity.getDirectDependenciesToSelf()) {
                        if (!featureOf(use.getOriginClass().getPackageName()).equals(feature)) {
                            events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                        }
                    }
                }
            })
            .because("other features ask the owning feature's service, which returns records or ids"
                    + " (DocumentRef, StatementView, LabelledSpan, SourceRef): no back doors into its tables");

    /**
     * JPQL names entities in strings, where the rule above cannot see them: a repository's queries name
     * only its own feature's entities. Export, the corpus's read model, is the one reader of every table.
     */
    @ArchTest
    static final ArchRule queries_name_only_their_own_features_entities = methods()
            .that()
            .areAnnotatedWith(Query.class)
            .and()
            .areDeclaredInClassesThat()
            .resideOutsideOfPackage("org.credence.export..")
            .should(new ArchCondition<JavaMethod>("name only entities of their own feature in JPQL") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    String feature = featureOf(method.getOwner().getPackageName());
                    String jpql = method.reflect().getAnnotation(Query.class).value();
                    Matcher named = ENTITY_IN_JPQL.matcher(jpql);
                    while (named.find()) {
                        String owner = ENTITY_FEATURES.get(named.group(1));
                        if (owner != null && !owner.equals(feature)) {
                            events.add(SimpleConditionEvent.violated(
                                    method,
                                    method.getFullName() + " reads " + named.group(1) + " of feature " + owner));
                        }
                    }
                }
            });

    private static final Pattern ENTITY_IN_JPQL =
            Pattern.compile("\\b(?:from|join|update)\\s+([A-Z]\\w*)", Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> ENTITY_FEATURES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.credence").stream()
                    .filter(c -> c.isAnnotatedWith(Entity.class))
                    .collect(Collectors.toMap(JavaClass::getSimpleName, c -> featureOf(c.getPackageName())));

    /** "org.credence.annotation.ui" → "annotation". */
    static String featureOf(String packageName) {
        String rest = packageName.startsWith("org.credence.") ? packageName.substring("org.credence.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @ArchTest
    static final ArchRule features_have_no_cycles =
            slices().matching("org.credence.(*)..").should().beFreeOfCycles();
}
