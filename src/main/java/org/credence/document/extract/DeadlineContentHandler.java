package org.credence.document.extract;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse that runs past its deadline at the next piece of text it produces, so a parser
 * that has been given up does not keep a core busy in the background.
 */
final class DeadlineContentHandler extends ContentHandlerDecorator {

    static final class DeadlinePassed extends SAXException {
        DeadlinePassed() {
            super("The parse ran past its deadline.");
        }
    }

    private final long deadlineNanos;

    DeadlineContentHandler(ContentHandler handler, long deadlineNanos) {
        super(handler);
        this.deadlineNanos = deadlineNanos;
    }

    private void check() throws SAXException {
        if (System.nanoTime() - deadlineNanos >= 0) {
            throw new DeadlinePassed();
        }
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        check();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        check();
        super.characters(ch, start, length);
    }
}
