package org.credence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.TestCorpus;
import org.credence.base.domain.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

class ApiTest extends AbstractApiTest {

    @Test
    void documents_are_listed_with_id_title_checksum_and_length() throws Exception {
        perform(get("/api/documents").param("size", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) documentId)))
                .andExpect(jsonPath("$[0].title").isString())
                .andExpect(jsonPath("$[0].sha256").isString())
                .andExpect(jsonPath("$[0].chars").isNumber());
    }

    @Test
    void a_document_is_returned_with_its_text() throws Exception {
        perform(get("/api/documents/{id}", documentId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(documentId))
                .andExpect(jsonPath("$.text", containsString("Up to 2,200 fighters, officials said.")));
    }

    @Test
    void an_unknown_document_is_a_404_with_a_json_message() throws Exception {
        perform(get("/api/documents/{id}", 424242424L))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.message").value("Document 424242424 does not exist."));
    }

    @Test
    void a_non_numeric_document_id_is_a_400() throws Exception {
        perform(get("/api/documents/abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("'id' has the wrong type: 'abc'."));
    }

    @Test
    void a_posted_statement_is_created_and_listed() throws Exception {
        perform(post("/api/documents/{id}/statements", documentId)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": 0, \"end\": 20, \"label\": \"unconfirmed\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/statements/")))
                .andExpect(jsonPath("$.exact").value("Up to 2,200 fighters"))
                .andExpect(jsonPath("$.label").value("unconfirmed"))
                .andExpect(jsonPath("$.author").value("reviewer1"));

        perform(get("/api/documents/{id}/statements", documentId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].exact").value("Up to 2,200 fighters"))
                .andExpect(jsonPath("$[0].start").value(0))
                .andExpect(jsonPath("$[0].end").value(20));
    }

    @Test
    void an_out_of_range_span_is_a_400_with_a_json_message() throws Exception {
        postStatement("{\"start\": 5, \"end\": 5000, \"label\": \"confirmed\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("lies outside the document")));
    }

    @Test
    void an_empty_or_reversed_span_is_a_400() throws Exception {
        postStatement("{\"start\": 9, \"end\": 9, \"label\": \"confirmed\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("empty or reversed")));
        postStatement("{\"start\": 9, \"end\": 2, \"label\": \"confirmed\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("empty or reversed")));
    }

    @Test
    void an_unknown_label_is_a_400_naming_the_labels() throws Exception {
        postStatement("{\"start\": 0, \"end\": 5, \"label\": \"true\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message")
                        .value("Unknown label 'true': use one of confirmed, unconfirmed, disputed."));
    }

    @Test
    void malformed_json_is_a_400() throws Exception {
        postStatement("{\"start\": 0, \"end\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("The request body is not valid JSON of the expected shape."));
    }

    @Test
    void missing_fields_are_a_400_naming_them() throws Exception {
        postStatement("{\"label\": \"confirmed\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("'end' must not be null; 'start' must not be null."));
    }

    @Test
    void a_statement_on_an_unknown_document_is_a_404() throws Exception {
        perform(post("/api/documents/{id}/statements", 424242424L)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"start\": 0, \"end\": 5, \"label\": \"confirmed\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_statement_can_be_deleted_once() throws Exception {
        String location = postStatement("{\"start\": 0, \"end\": 5, \"label\": \"confirmed\"}")
                .andReturn()
                .getResponse()
                .getHeader("Location");

        perform(delete(location)).andExpect(status().isNoContent());
        perform(delete(location)).andExpect(status().isNotFound());
    }

    @Test
    void the_export_streams_jsonl_as_an_attachment() throws Exception {
        postStatement("{\"start\": 22, \"end\": 37, \"label\": \"disputed\"}").andExpect(status().isCreated());

        callAs("researcher");
        MvcResult pending = perform(get("/api/export").param("format", "jsonl"))
                .andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(pending))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"statements.jsonl\""))
                .andExpect(content().contentType("application/x-ndjson"))
                .andExpect(content().string(containsString("\"exact\":\"officials said.\",\"label\":\"disputed\"")));
    }

    @Test
    void bundle_true_streams_the_file_zipped_with_its_manifest() throws Exception {
        postStatement("{\"start\": 0, \"end\": 5, \"label\": \"confirmed\"}").andExpect(status().isCreated());
        callAs("researcher");

        MvcResult pending = perform(get("/api/export").param("format", "w3c").param("bundle", "true"))
                .andExpect(request().asyncStarted())
                .andReturn();
        MvcResult done = mvc.perform(asyncDispatch(pending))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"annotations-w3c.zip\""))
                .andExpect(content().contentType("application/zip"))
                .andReturn();

        var files = org.credence.TestFiles.unzip(done.getResponse().getContentAsByteArray());
        assertThat(files).containsOnlyKeys("annotations.jsonld", "manifest.json");
        assertThat(new String(files.get("manifest.json"), StandardCharsets.UTF_8))
                .contains("\"annotations.jsonld\" : \"" + Sha256.of(files.get("annotations.jsonld")) + "\"");
    }

    @Test
    void posting_an_export_writes_it_into_the_exports_folder() throws Exception {
        postStatement("{\"start\": 0, \"end\": 5, \"label\": \"confirmed\"}").andExpect(status().isCreated());

        callAs("researcher");
        String body = perform(post("/api/exports").param("format", "jsonl"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("jsonl"))
                .andExpect(jsonPath("$.file")
                        .value(Path.of("target/test-exports/statements.jsonl").toString()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        byte[] written = Files.readAllBytes(Path.of("target/test-exports/statements.jsonl"));
        assertThat(body).contains("\"bytes\":" + written.length).contains("\"sha256\":\"" + Sha256.of(written) + "\"");
        assertThat(new String(written, StandardCharsets.UTF_8)).contains("\"document_id\":" + documentId + ",");
    }

    @Test
    void export_filters_arrive_from_query_parameters_and_a_reversed_date_range_is_a_400() throws Exception {
        callAs("researcher");
        perform(get("/api/export")
                        .param("format", "jsonl")
                        .param("from", "2026-01-02")
                        .param("to", "2026-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.message").value("The date range ends (2026-01-01) before it starts (2026-01-02)."));
        perform(get("/api/export").param("format", "jsonl").param("label", "maybe"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("Unknown label 'maybe'")));
        perform(get("/api/export").param("format", "jsonl").param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("'from' takes a date such as 2026-01-31, not 'yesterday'."));
        perform(get("/api/export").param("format", "jsonl").param("document", "one"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("'document' takes ids (whole numbers), not [one]."));
    }

    /** Issue #18: POST /api/exports ignored every filter and wrote the whole corpus. */
    @Test
    void a_written_export_takes_the_same_filters_as_a_streamed_one() throws Exception {
        long other = org.credence.TestCorpus.importText(documents, "Another document for the filter check.");
        postStatement("{\"start\": 0, \"end\": 5, \"label\": \"confirmed\"}").andExpect(status().isCreated());
        callAs("researcher");

        perform(post("/api/exports").param("format", "jsonl").param("document", Long.toString(other)))
                .andExpect(status().isCreated());

        assertThat(Files.readString(Path.of("target/test-exports/statements.jsonl"), StandardCharsets.UTF_8))
                .as("only the asked-for document, which has no statements")
                .isEmpty();
        perform(post("/api/exports").param("format", "jsonl").param("from", "never"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void several_files_are_imported_in_one_request_with_a_result_for_each() throws Exception {
        MockMultipartFile good = new MockMultipartFile(
                "file",
                "upload-" + System.nanoTime() + ".txt",
                "text/plain",
                ("API upload " + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        MockMultipartFile empty = new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]);
        MockMultipartFile encrypted = new MockMultipartFile(
                "file", "encrypted.pdf", "application/pdf", TestCorpus.fixture("document/encrypted.pdf"));

        perform(multipart("/api/documents")
                        .file(good)
                        .file(empty)
                        .file(encrypted)
                        .file(good))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("CREATED"))
                .andExpect(jsonPath("$[0].documentId").isNumber())
                .andExpect(jsonPath("$[1].status").value("FAILED"))
                .andExpect(jsonPath("$[1].message").value("The file is empty."))
                .andExpect(jsonPath("$[2].status").value("FAILED"))
                .andExpect(jsonPath("$[2].message", containsString("password protected")))
                .andExpect(jsonPath("$[3].status").value("DUPLICATE"));
    }

    @Test
    void an_unknown_export_format_is_a_400() throws Exception {
        callAs("researcher");
        perform(get("/api/export").param("format", "xml"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.message")
                                .value(
                                        "Unknown export format 'xml': use one of claimreview, csv, dataset, fever, jsonl, w3c."));
    }
}
