package org.credence.export;

import java.util.List;
import java.util.stream.Collectors;

/** A format name no {@link ExportFormat} answers to. */
public class UnknownExportFormatException extends IllegalArgumentException {

    UnknownExportFormatException(String id, List<ExportFormat> known) {
        super("Unknown export format '" + id + "': use one of "
                + known.stream().map(ExportFormat::id).collect(Collectors.joining(", ")) + ".");
    }
}
