package org.credence.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.credence.AbstractServiceTest;
import org.credence.TestFiles;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Credibility;
import org.credence.annotation.Label;
import org.credence.annotation.StatementDetails;
import org.credence.annotation.StatementView;
import org.credence.claim.ClaimService;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;
import org.credence.export.ExportOptions;
import org.credence.export.ExportService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Admiralty grades: a source's reliability A–F, a statement's credibility 1–6, shown and exported as "B3". */
class SourceGradeTest extends AbstractServiceTest {

    @Autowired
    SourceService sources;

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ClaimService claims;

    @Autowired
    ExportService exports;

    DocumentDetails document;
    SourceSummary source;

    @BeforeEach
    void aDocumentFromASource() {
        String domain = "graded-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        long id = documents
                .importFile(
                        "g.html",
                        TestFiles.utf8("<html><head><title>Graded</title><link rel=\"canonical\""
                                + " href=\"https://" + domain
                                + "/a\"></head><body><p>The depot was hit twice overnight. " + UUID.randomUUID()
                                + "</p></body></html>"),
                        "test")
                .documentId();
        document = documents.get(id);
        source = sources.list().stream()
                .filter(s -> domain.equals(s.domain()))
                .findFirst()
                .orElseThrow();
    }

    @Autowired
    org.credence.project.ProjectService projects;

    @Test
    void a_source_known_only_from_another_projects_documents_is_not_listed_here() {
        String domain = "quarry-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        signIn("admin", Role.ADMIN);
        long quarry = projects.create("Quarry " + UUID.randomUUID(), null, null).id();
        signInTo(quarry, "editor", Role.EDITOR);
        documents.importFile(
                "q.html",
                TestFiles.utf8("<html><head><title>Quarry</title><link rel=\"canonical\" href=\"https://" + domain
                        + "/a\"></head><body><p>The quarry dam failed at dawn. " + UUID.randomUUID()
                        + "</p></body></html>"),
                "test");
        assertThat(sources.list()).extracting(SourceSummary::domain).contains(domain);

        signIn("editor", Role.EDITOR); // Default, where nothing comes from that publisher
        assertThat(sources.list())
                .extracting(SourceSummary::domain)
                .as("its name would tell of the other investigation")
                .doesNotContain(domain)
                .as("a source of this project's documents is listed")
                .contains(source.domain());
    }

    @Test
    void an_editor_grades_a_source_with_the_reason_and_a_stale_grade_is_refused() {
        signIn("editor", Role.EDITOR);

        SourceSummary graded = sources.grade(
                source.id(), source.version(), Reliability.parse("b"), "Accurate on casualty counts", "editor");

        assertThat(graded.reliability()).isEqualTo(Reliability.B);
        assertThat(graded.reliabilityRationale()).isEqualTo("Accurate on casualty counts");
        assertThat(graded.gradedBy()).isEqualTo("editor");
        assertThatThrownBy(
                        () -> sources.grade(source.id(), source.version(), Reliability.parse("C"), "Later", "editor"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> Reliability.parse("G"))
                .hasMessageStartingWith("Reliability is graded A (completely reliable) to F");
        assertThatThrownBy(() -> sources.grade(source.id(), graded.version(), Reliability.parse("C"), " ", "editor"))
                .hasMessage("A grade needs its reason.");
        signIn("reviewer1", Role.REVIEWER);
        assertThatThrownBy(
                        () -> sources.grade(source.id(), graded.version(), Reliability.parse("A"), "Me", "reviewer1"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_statement_carries_credibility_1_to_6_and_shows_with_its_source_as_B3_in_claims_and_exports()
            throws Exception {
        signIn("editor", Role.EDITOR);
        sources.grade(source.id(), source.version(), Reliability.parse("B"), "Usually right", "editor");
        signIn("reviewer1", Role.REVIEWER);
        StatementView statement = annotations.add(
                document.id(),
                0,
                26,
                new StatementDetails(
                        Label.UNCONFIRMED, null, null, null, null, List.of(), null, null, Credibility.POSSIBLY_TRUE),
                null);
        assertThatThrownBy(() -> Credibility.of(7)).hasMessageStartingWith("Information credibility is graded 1");

        assertThat(claims.createFromStatement(statement.id()).members().get(0).admiralty())
                .isEqualTo("B3");
        signIn("researcher", Role.RESEARCHER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(
                exports.format("jsonl"),
                new ExportOptions(ExportOptions.Status.ALL, false, Set.of(), null, Set.of(document.id()), null, null),
                out);
        JsonNode record =
                new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(record.get("admiralty").asText()).isEqualTo("B3");
        assertThat(record.get("source_reliability").asText()).isEqualTo("B");
        assertThat(record.get("credibility").asInt()).isEqualTo(3);
        assertThat(record.get("claim_id").asLong())
                .as("exported with its claim")
                .isPositive();
    }
}
