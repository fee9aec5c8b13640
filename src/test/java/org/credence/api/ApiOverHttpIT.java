package org.credence.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.credence.TestCorpus;
import org.credence.TestSecurity;
import org.credence.annotation.AnnotationService;
import org.credence.annotation.Label;
import org.credence.document.DocumentService;
import org.credence.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What only a real server shows (MockMvc has no Tomcat and no Vaadin servlet): every answer under
 * /api/ is the API's JSON, a restore without a Content-Type restores, and odd or long file names in a
 * multi-file upload import without failing the other files.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiOverHttpIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    /** Set-up through services signs in on the test's thread; the HTTP requests sign in for themselves. */
    @BeforeEach
    void signIn() {
        TestSecurity.signIn(context, "reviewer1", Role.values());
    }

    @AfterEach
    void signOut() {
        TestSecurity.signOut(context);
    }

    @Test
    void unknown_paths_wrong_methods_and_refused_addresses_get_the_apis_json_error() throws Exception {
        HttpResponse<String> unknown =
                send(request("/api/no-such-thing", "reviewer1").GET());
        HttpResponse<String> wrongMethod =
                send(request("/api/documents", "reviewer1").DELETE());
        HttpResponse<String> doubleSlash =
                send(request("/api//documents", "reviewer1").GET());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(message(unknown))
                .isEqualTo("There is no API endpoint GET /api/no-such-thing; the README lists them.");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET, POST");
        assertThat(message(wrongMethod)).isEqualTo("/api/documents takes GET or POST, not DELETE.");
        assertThat(doubleSlash.statusCode()).isEqualTo(400);
        assertThat(message(doubleSlash)).startsWith("The address /api//documents is not allowed");
        for (HttpResponse<String> answer : List.of(unknown, wrongMethod, doubleSlash)) {
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        }
    }

    @Test
    void a_restore_sent_as_curl_sends_it_without_a_content_type_restores() throws Exception {
        long documentId = TestCorpus.importText(documents, "Officials said the bridge was closed.");
        long statementId = annotations.add(documentId, 0, 9, Label.CONFIRMED).id();
        String export = send(request("/api/export?format=jsonl&document=" + documentId, "researcher")
                        .GET())
                .body();
        annotations.delete(statementId);

        // curl --data-binary @statements.jsonl declares application/x-www-form-urlencoded.
        HttpResponse<String> restored = send(request("/api/statements/import?format=jsonl", "editor")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(export)));

        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(json.readTree(restored.body()).get("restored").asInt()).isEqualTo(1);
    }

    @Test
    void long_and_odd_file_names_import_and_never_fail_the_other_files() throws Exception {
        String run = UUID.randomUUID().toString();
        List<String> names =
                List.of("a".repeat(410) + ".txt", "é".repeat(300) + ".txt", "semi;colon 100% name.txt", "plain.txt");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String boundary = "credence-" + run;
        for (int i = 0; i < names.size(); i++) {
            body.write(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + names.get(i)
                                    + "\"\r\nContent-Type: text/plain\r\n\r\nFile " + i + " of run " + run + ".\r\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = send(request("/api/documents", "reviewer1")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode results = json.readTree(answer.body());
        assertThat(results).hasSize(4);
        for (JsonNode result : results) {
            assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("CREATED");
        }
        long longNamed = results.get(0).get("documentId").asLong();
        assertThat(documents.get(results.get(2).get("documentId").asLong()).originalFileName())
                .isEqualTo("semi;colon 100% name.txt");
        assertThat(documents.get(longNamed).originalFileName())
                .as("kept whole in provenance")
                .isEqualTo(names.get(0));
    }

    /** Tomcat's parser refused a whole batch for a NUL in one name; ours imports every file and marks the NUL. */
    @Test
    void a_nul_in_one_file_name_never_fails_the_other_files() throws Exception {
        String boundary = "credence-nul";
        String run = UUID.randomUUID().toString();
        String body = "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"nul\u0000.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nNul-named text " + run + ".\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fine.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nFine text " + run + ".\r\n--" + boundary + "--\r\n";

        HttpResponse<String> answer = send(request("/api/documents", "reviewer1")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode results = json.readTree(answer.body());
        assertThat(results).extracting(r -> r.get("status").asText()).containsExactly("CREATED", "CREATED");
        assertThat(results.get(0).get("fileName").asText()).isEqualTo("nul\uFFFD.txt");
        assertThat(documents.get(results.get(1).get("documentId").asLong()).text())
                .startsWith("Fine text " + run);
    }

    @Test
    void a_body_that_is_not_the_multipart_it_claims_is_a_400() throws Exception {
        HttpResponse<String> answer = send(request("/api/documents", "reviewer1")
                .header("Content-Type", "multipart/form-data; boundary=nowhere")
                .POST(HttpRequest.BodyPublishers.ofString("just some text")));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(message(answer)).startsWith("The upload could not be read as multipart/form-data");
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String message(HttpResponse<String> answer) throws Exception {
        return json.readTree(answer.body()).get("message").asText();
    }
}
