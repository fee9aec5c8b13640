package org.credence.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.credence.TestCorpus;
import org.credence.TestFiles;
import org.credence.base.domain.Sha256;
import org.credence.document.DocumentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/** Import through the API: zip archives, the original bytes back, provenance corrections and their refusals. */
class DocumentImportApiTest extends AbstractApiTest {

    @Autowired
    DocumentService documents;

    @Test
    void a_zip_is_opened_and_each_file_in_it_gets_its_own_result() throws Exception {
        byte[] zip = TestFiles.zip(TestFiles.entries(
                "reports/a.txt",
                "Zip API " + UUID.randomUUID(),
                "reports/locked.pdf",
                TestCorpus.fixture("document/encrypted.pdf")));

        perform(multipart("/api/documents").file(new MockMultipartFile("file", "reports.zip", "application/zip", zip)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].fileName").value("reports.zip/reports/a.txt"))
                .andExpect(jsonPath("$[0].status").value("CREATED"))
                .andExpect(jsonPath("$[1].fileName").value("reports.zip/reports/locked.pdf"))
                .andExpect(jsonPath("$[1].status").value("FAILED"))
                .andExpect(jsonPath("$[1].message", containsString("password protected")));
    }

    @Test
    void the_original_file_comes_back_byte_for_byte_as_an_attachment() throws Exception {
        byte[] pdf = TestCorpus.fixture("document/article.pdf");
        long id = documents.importFile("article.pdf", pdf, "test").documentId();

        perform(get("/api/documents/" + id + "/original"))
                .andExpect(status().isOk())
                .andExpect(content().bytes(pdf))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PDF))
                .andExpect(
                        header().string("Content-Disposition", containsString("attachment; filename=\"article.pdf\"")))
                .andExpect(header().string("X-Content-SHA256", Sha256.of(pdf)))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void the_original_of_an_unknown_document_is_a_404() throws Exception {
        perform(get("/api/documents/987654321/original"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").isString());
    }

    @Test
    void provenance_is_corrected_with_the_version_read_and_a_stale_version_is_a_409() throws Exception {
        long id = TestCorpus.importText(documents, "API provenance");
        String body = """
                {"title":"API corrected","publisher":"API Wire","url":"https://api-wire.example/a",
                 "publishedDate":"2021-08-26","language":"en","expectedVersion":%d}""";

        perform(put("/api/documents/" + id + "/provenance")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(0)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("API corrected"))
                .andExpect(jsonPath("$.source.domain").value("api-wire.example"))
                .andExpect(jsonPath("$.version").value(1));
        perform(put("/api/documents/" + id + "/provenance")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(0)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("nothing was overwritten")));
    }

    @Test
    void malformed_provenance_corrections_are_400s_that_say_why() throws Exception {
        long id = TestCorpus.importText(documents, "API bad provenance");

        perform(put("/api/documents/" + id + "/provenance")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expectedVersion\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("'title' must not be blank."));
        perform(put("/api/documents/" + id + "/provenance")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"T\",\"url\":\"ftp://x\",\"expectedVersion\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("must start with http:// or https://")));
        perform(put("/api/documents/" + id + "/provenance")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"T\",\"publishedDate\":\"last week\",\"expectedVersion\":0}"))
                .andExpect(status().isBadRequest());
    }
}
