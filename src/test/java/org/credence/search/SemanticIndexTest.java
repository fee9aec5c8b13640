package org.credence.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.credence.document.DocumentTexts;
import org.credence.document.ImportActivity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sentences are embedded once, in the background after import, and stored: another node (here, a second
 * index built from the same database) finds them by meaning without computing them again.
 */
@TestPropertySource(properties = "credence.semantic.enabled=true")
class SemanticIndexTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    SearchService search;

    @Autowired
    SentenceEmbeddingRepository embeddings;

    @Autowired
    DocumentTexts texts;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    org.credence.project.ProjectService projects;

    @Test
    void an_import_is_embedded_in_the_background_and_a_second_node_reads_the_vectors_from_the_database()
            throws Exception {
        String text = "Rescue crews pulled thirty people from the river on Monday evening. The mayor opened a new"
                + " library in the old town hall last spring.";
        // A project of its own: on PostgreSQL every test's documents share the database (and Default).
        signIn("admin", org.credence.security.Role.ADMIN);
        long project = projects.create("Semantic " + java.util.UUID.randomUUID(), null, null)
                .id();
        signInTo(project, "reviewer1", org.credence.security.Role.REVIEWER);
        long documentId = TestCorpus.importText(documents, text);
        long other = TestCorpus.importText(documents, "An unrelated note about the weather.");

        await().atMost(Duration.ofSeconds(60))
                .until(() -> search.semanticBacklog() == 0
                        && embeddings
                                .findEmbeddedDocumentIds(SentenceEncoder.MODEL)
                                .contains(documentId));
        assertThat(embeddings.findByDocumentIdInAndModelOrderByStartAsc(List.of(documentId), SentenceEncoder.MODEL))
                .hasSize(Sentences.of(documents.get(documentId).text()).size())
                .allSatisfy(row -> assertThat(row.vector()).hasSize(SentenceEncoder.DIMENSIONS));

        List<SentenceHit> here = search.nearInMeaning("Thirty people were rescued from the water.", other, 1);
        assertThat(here).singleElement().satisfies(hit -> {
            assertThat(hit.documentId()).isEqualTo(documentId);
            assertThat(hit.text()).startsWith("Rescue crews pulled thirty people");
            assertThat(hit.score()).isGreaterThan(0.5f);
        });

        VectorIndex secondNode = new VectorIndex();
        SemanticIndex secondNodesIndex =
                new SemanticIndex(embeddings, secondNode, texts, transactions, event -> {}, new ImportActivity(), true);
        secondNodesIndex.catchUp();
        assertThat(secondNode.contains(documentId)).isTrue();
        assertThat(secondNode.nearest(
                        SentenceEncoder.encode("A new library opened in the former town hall."), project, other, 1))
                .singleElement()
                .satisfies(hit -> assertThat(hit.text()).startsWith("The mayor opened a new library"));
    }

    @Autowired
    ImportActivity importActivity;

    @Test
    void while_a_batch_imports_embedding_waits_and_takes_the_documents_when_it_ends() {
        signIn("admin", org.credence.security.Role.ADMIN);
        long project = projects.create("Semantic wait " + java.util.UUID.randomUUID(), null, null)
                .id();
        signInTo(project, "reviewer1", org.credence.security.Role.REVIEWER);
        long documentId;
        try (ImportActivity.Running batch = importActivity.batchStarted()) {
            documentId = TestCorpus.importText(documents, "Ferry services resumed on Tuesday after the storm passed.");
            // Long enough for a short document to be embedded several times over, were nothing holding it back.
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> !embeddings
                            .findEmbeddedDocumentIds(SentenceEncoder.MODEL)
                            .contains(documentId));
            assertThat(search.semanticBacklog())
                    .as("waiting, and shown as waiting")
                    .isPositive();
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> embeddings
                        .findEmbeddedDocumentIds(SentenceEncoder.MODEL)
                        .contains(documentId));
    }

    @Test
    void the_start_up_look_waits_until_the_app_is_ready_or_someone_waits_for_the_embeddings() throws Exception {
        VectorIndex vectors = new VectorIndex();
        SemanticIndex starting =
                new SemanticIndex(embeddings, vectors, texts, transactions, event -> {}, new ImportActivity(), true);

        starting.catchUpOnStart();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> starting.backlog() >= 1);

        starting.startNow(); // what "ready" or a discovery run waiting for the backlog does
        await().atMost(Duration.ofSeconds(60)).until(() -> starting.backlog() == 0);
        vectors.destroy();
    }

    @Test
    void a_starting_node_loads_what_is_embedded_already_into_its_index_before_any_search() throws Exception {
        signIn("admin", org.credence.security.Role.ADMIN);
        long project = projects.create("Semantic start " + java.util.UUID.randomUUID(), null, null)
                .id();
        signInTo(project, "reviewer1", org.credence.security.Role.REVIEWER);
        long documentId = TestCorpus.importText(documents, "The ferry left the harbour two hours late on Friday.");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> embeddings
                        .findEmbeddedDocumentIds(SentenceEncoder.MODEL)
                        .contains(documentId));

        VectorIndex vectors = new VectorIndex();
        SemanticIndex starting =
                new SemanticIndex(embeddings, vectors, texts, transactions, event -> {}, new ImportActivity(), true);
        starting.catchUpOnStart();
        starting.startNow();
        await().atMost(Duration.ofSeconds(60)).until(() -> starting.backlog() == 0);

        assertThat(vectors.contains(documentId))
                .as("loaded at start, not by a first search")
                .isTrue();
        vectors.destroy();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void vectors_of_an_earlier_model_are_replaced_at_start_and_trigger_no_discovery_per_document() throws Exception {
        signIn("admin", org.credence.security.Role.ADMIN);
        long project = projects.create("Semantic upgrade " + java.util.UUID.randomUUID(), null, null)
                .id();
        signInTo(project, "reviewer1", org.credence.security.Role.REVIEWER);
        long documentId =
                TestCorpus.importText(documents, "Divers recovered the second engine of the plane on Sunday.");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> embeddings
                        .findEmbeddedDocumentIds(SentenceEncoder.MODEL)
                        .contains(documentId));
        // As an earlier version stored them: the same sentences under another model's name.
        jdbc.update("update sentence_embedding set model = 'an-earlier-model' where document_id = ?", documentId);

        List<Object> published = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        VectorIndex vectors = new VectorIndex();
        SemanticIndex starting =
                new SemanticIndex(embeddings, vectors, texts, transactions, published::add, new ImportActivity(), true);
        starting.catchUpOnStart();
        starting.startNow();
        await().atMost(Duration.ofSeconds(60)).until(() -> starting.backlog() == 0);

        assertThat(embeddings.findByDocumentIdInAndModelOrderByStartAsc(List.of(documentId), SentenceEncoder.MODEL))
                .as("embedded again with this model")
                .isNotEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from sentence_embedding where document_id = ? and model <> ?",
                        Integer.class,
                        documentId,
                        SentenceEncoder.MODEL))
                .as("the earlier model's rows are gone")
                .isZero();
        assertThat(published).contains(new SentencesEmbedded(documentId, project, true));
        vectors.destroy();
    }
}
