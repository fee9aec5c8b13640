package org.credence.document.ui;

import com.vaadin.flow.component.html.Anchor;
import org.credence.document.DocumentDetails;
import org.credence.document.DocumentService;
import org.credence.document.OriginalFile;

/** A link that downloads the file a document was imported from, byte for byte. */
public final class OriginalFileLink {

    private OriginalFileLink() {}

    public static Anchor to(DocumentService documents, DocumentDetails details, String text) {
        Anchor link = new Anchor();
        link.setText(text);
        link.setHref(event -> {
            OriginalFile original = documents.original(details.id());
            event.setFileName(original.fileName() == null ? "document-" + details.id() : original.fileName());
            event.setContentType("application/octet-stream");
            event.getOutputStream().write(original.content());
        });
        return link;
    }
}
