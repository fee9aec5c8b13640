package org.credence.document.extract;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Remembers a web page's {@code <link rel="canonical">}, which Tika passes through but does not put in metadata. */
final class CanonicalLinkHandler extends DefaultHandler {

    private String href;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (href == null && "link".equalsIgnoreCase(localName)) {
            String rel = attributes.getValue("rel");
            String value = attributes.getValue("href");
            if (rel != null && rel.strip().equalsIgnoreCase("canonical") && value != null && !value.isBlank()) {
                href = value.strip();
            }
        }
    }

    String href() {
        return href;
    }
}
