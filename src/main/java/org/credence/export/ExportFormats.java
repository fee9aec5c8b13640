package org.credence.export;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The registry of every {@link ExportFormat} bean. */
@Component
public class ExportFormats {

    private final List<ExportFormat> formats;

    ExportFormats(List<ExportFormat> formats) {
        this.formats =
                formats.stream().sorted(Comparator.comparing(ExportFormat::id)).toList();
    }

    public List<ExportFormat> all() {
        return formats;
    }

    /** @throws UnknownExportFormatException naming the known formats */
    public ExportFormat find(String id) {
        return formats.stream()
                .filter(f -> f.id().equalsIgnoreCase(id == null ? "" : id.trim()))
                .findFirst()
                .orElseThrow(() -> new UnknownExportFormatException(id, formats));
    }
}
