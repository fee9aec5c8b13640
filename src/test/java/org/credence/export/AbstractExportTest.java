package org.credence.export;

import java.io.ByteArrayOutputStream;
import org.credence.AbstractServiceTest;
import org.credence.annotation.AnnotationService;
import org.credence.document.DocumentService;
import org.springframework.beans.factory.annotation.Autowired;

/** Export tests: import documents, label statements, export them into memory. */
abstract class AbstractExportTest extends AbstractServiceTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AnnotationService annotations;

    @Autowired
    ExportService exports;

    byte[] export(String format, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(exports.format(format), options, out);
        return out.toByteArray();
    }
}
