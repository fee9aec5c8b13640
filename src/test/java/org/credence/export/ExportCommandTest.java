package org.credence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The command-line export writes the chosen format into the folder at start-up (exiting is switched off here). */
@SpringBootTest(
        properties = {
            "credence.export.exit=false",
            "spring.datasource.url=jdbc:h2:mem:credence-cli-export;DB_CLOSE_DELAY=-1",
            "credence.export.run=csv",
            "credence.export.status=all",
            "credence.export.dir=target/cli-exports"
        })
@ActiveProfiles("test")
class ExportCommandTest {

    @Test
    void the_command_line_export_writes_the_file_at_start_up() throws Exception {
        Path file = Path.of("target/cli-exports/statements.csv");

        assertThat(file).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("statement_id,document_id,title,");
    }
}
