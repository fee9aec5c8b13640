package org.credence.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.credence.AbstractServiceTest;
import org.credence.TestCorpus;
import org.credence.document.DocumentService;
import org.credence.project.ProjectService;
import org.credence.search.SearchService;
import org.credence.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Discovery on the seed corpus proposes the claims issue #14 names: the fighter count, the founding year
 * (both with their figures flagged as differing), the commander's execution, and the attack's death toll.
 * The seeds go into a project of their own, so no other test's documents compete.
 */
@TestPropertySource(properties = "credence.semantic.enabled=true")
class SeedDiscoveryTest extends AbstractServiceTest {

    static final List<String> SEEDS = TestCorpus.SEEDS;

    @Autowired
    DocumentService documents;

    @Autowired
    ProjectService projects;

    @Autowired
    SearchService search;

    @Autowired
    DiscoveryService discovery;

    long project;
    String projectName;

    @Autowired
    org.credence.project.ActingProject actingProject;

    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    @BeforeEach
    void seedsInAProjectOfTheirOwn() {
        signIn("admin", Role.ADMIN);
        projectName = "Discovery " + UUID.randomUUID();
        project = projects.create(projectName, null, null).id();
        signInTo(project, "editor", Role.EDITOR);
        for (String file : SEEDS) {
            documents.importFile(file, TestCorpus.seed(file), "test");
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> search.semanticBacklog() == 0);
    }

    @Test
    void the_seed_corpus_yields_the_issues_four_claims() throws InterruptedException {
        DiscoveryRunView started = discovery.start();
        DiscoveryRunView run = finished(started.id());
        assertThat(run.status()).as(run.message()).isEqualTo("DONE");
        List<CandidateView> candidates = discovery.candidates(0, 200).items();
        assertThat(candidates).as("the fighter count, its figures flagged").anySatisfy(c -> {
            assertThat(c.members()).filteredOn(has("1,200")).isNotEmpty();
            assertThat(c.members()).filteredOn(has("2,200")).isNotEmpty();
            assertThat(c.figureNote()).startsWith("counts differ");
        });
        assertThat(candidates).as("the founding year, its dates flagged").anySatisfy(c -> {
            assertThat(c.members()).filteredOn(has("2014")).isNotEmpty();
            assertThat(c.members()).filteredOn(has("2015")).isNotEmpty();
            assertThat(c.figureNote()).contains("dates differ");
        });
        assertThat(candidates)
                .as("the commander's execution, hedged and reported")
                .anySatisfy(c -> {
                    assertThat(c.members())
                            .filteredOn(has("unconfirmed reports of the Taliban executing"))
                            .isNotEmpty();
                    assertThat(c.members())
                            .filteredOn(has("reportedly executed a senior"))
                            .isNotEmpty();
                    assertThat(c.presentations()).contains("hedged");
                });
        assertThat(candidates).as("the attack's death toll").anySatisfy(c -> {
            assertThat(c.members()).filteredOn(has("170 dead")).isNotEmpty();
            assertThat(c.members())
                    .filteredOn(has("60 Afghan nationals were killed"))
                    .isNotEmpty();
        });
    }

    @Test
    void a_report_imported_after_a_run_joins_the_candidate_it_retells() throws InterruptedException {
        DiscoveryRunView run = finished(discovery.start().id());
        assertThat(run.status()).as(run.message()).isEqualTo("DONE");
        long fighters = discovery.candidates(0, 200).items().stream()
                .filter(c -> c.members().stream().anyMatch(has("1,200")))
                .findFirst()
                .orElseThrow()
                .id();

        long later = documents
                .importFile(
                        "later.txt",
                        ("A later report\nA new United Nations report estimated that ISIS-K now has between 1,500"
                                        + " and 2,200 fighters in Afghanistan.")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "test")
                .documentId();

        long until = System.currentTimeMillis() + 120_000;
        CandidateView now = discovery.get(fighters);
        while (now.members().stream().noneMatch(m -> m.documentId() == later) && System.currentTimeMillis() < until) {
            Thread.sleep(250);
            now = discovery.get(fighters);
        }
        assertThat(now.members())
                .as("discovered around the new document, without a new run")
                .anySatisfy(m -> assertThat(m.exact()).contains("between 1,500 and 2,200 fighters"));
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void the_command_line_runs_discovery_and_lists_the_best_candidates(
            org.springframework.boot.test.system.CapturedOutput output) {
        DiscoverCommand command =
                new DiscoverCommand(discovery, actingProject, context, projectName, "cli-discover", false);
        assertThat(command.discover()).isZero();
        assertThat(output.getOut())
                .contains("Discovering claims in the project '" + projectName + "' (5 documents) as 'cli-discover'")
                .containsPattern("Done: \\d+ open candidate claim\\(s\\) in 5 documents; the first 10:")
                .containsPattern("  \\d sources?, \\d documents.*: \".+\"");
        assertThat(discovery.latestRun()).get().satisfies(run -> {
            assertThat(run.startedBy()).as("recorded as who really ran it").isEqualTo("cli-discover");
            assertThat(run.status()).isEqualTo("DONE");
        });

        DiscoverCommand nowhere =
                new DiscoverCommand(discovery, actingProject, context, "No such project", "cli-discover", false);
        assertThat(nowhere.discover()).isEqualTo(DiscoverCommand.NO_SUCH_PROJECT);
        assertThat(output.getOut()).contains("Nothing discovered: there is no project named 'No such project'.");
    }

    /** Polls on the test's thread: the service reads the caller's project from its security context. */
    DiscoveryRunView finished(long runId) throws InterruptedException {
        long until = System.currentTimeMillis() + 180_000;
        DiscoveryRunView run = discovery.run(runId);
        while (run.status().equals("RUNNING") && System.currentTimeMillis() < until) {
            Thread.sleep(200);
            run = discovery.run(runId);
        }
        return run;
    }

    private static Predicate<CandidateMemberView> has(String words) {
        return m -> m.exact().contains(words);
    }
}
