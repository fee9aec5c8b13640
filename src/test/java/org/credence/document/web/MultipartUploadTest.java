package org.credence.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credence.document.ImportInput;
import org.credence.document.UploadFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** The API's own multipart reading: odd names are data, limits hold, and a refused upload leaves no files. */
class MultipartUploadTest {

    @TempDir
    Path root;

    @Test
    void files_and_fields_are_read_and_a_nul_in_a_name_becomes_a_replacement_character() throws IOException {
        UploadFolder folder = folder();
        String body = part("file", "a\u0000b.txt", "first") + part("file", "semi;colon \\\"q\\\".txt", "second")
                + field("mainContentOnly", "true") + "--B--\r\n";

        MultipartUpload.Parsed parsed =
                MultipartUpload.read(stream(body), "multipart/form-data; boundary=\"B\"", folder, 1_000_000);

        assertThat(parsed.files())
                .extracting(ImportInput::name)
                .containsExactly("a\uFFFDb.txt", "semi;colon \"q\".txt");
        assertThat(Files.readString(parsed.files().get(0).file())).isEqualTo("first");
        assertThat(Files.readString(parsed.files().get(1).file())).isEqualTo("second");
        assertThat(parsed.fields()).containsEntry("mainContentOnly", "true");
    }

    @Test
    void an_upload_over_the_request_limit_is_refused_and_leaves_nothing_behind() throws IOException {
        UploadFolder folder = folder();
        String body = part("file", "big.txt", "x".repeat(5_000)) + "--B--\r\n";

        assertThatThrownBy(() -> MultipartUpload.read(stream(body), "multipart/form-data; boundary=B", folder, 1_000))
                .isInstanceOf(MaxUploadSizeExceededException.class);
        try (var left = Files.list(folder.folder())) {
            assertThat(left)
                    .as("only the folder's own lock")
                    .allMatch(f -> f.getFileName().toString().equals(".lock"));
        }
    }

    @Test
    void a_body_without_its_boundary_or_a_type_without_one_is_not_multipart() throws IOException {
        UploadFolder folder = folder();

        assertThatThrownBy(() ->
                        MultipartUpload.read(stream("plain text"), "multipart/form-data; boundary=B", folder, 100))
                .isInstanceOf(MultipartException.class);
        assertThatThrownBy(() -> MultipartUpload.read(stream("plain text"), "multipart/form-data", folder, 100))
                .isInstanceOf(MultipartException.class);
    }

    private UploadFolder folder() throws IOException {
        return new UploadFolder(root);
    }

    private static String part(String name, String fileName, String content) {
        return "--B\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + content + "\r\n";
    }

    private static String field(String name, String value) {
        return "--B\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static ByteArrayInputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
