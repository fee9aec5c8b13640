package org.credence.export;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param dir where exports are written unless told otherwise */
@ConfigurationProperties("credence.export")
public record ExportProperties(Path dir) {

    public ExportProperties {
        if (dir == null) {
            dir = Path.of("exports");
        }
    }
}
