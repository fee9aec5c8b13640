package org.credence.document;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxFileSize files larger than this are refused before parsing
 * @param seedsDir the folder imported on start-up (the default corpus)
 * @param importSeeds whether start-up imports {@code seedsDir}
 */
@ConfigurationProperties("credence.import")
public record ImportProperties(DataSize maxFileSize, Path seedsDir, boolean importSeeds) {

    public ImportProperties {
        if (maxFileSize == null) {
            maxFileSize = DataSize.ofMegabytes(50);
        }
        if (seedsDir == null) {
            seedsDir = Path.of("seeds");
        }
    }
}
