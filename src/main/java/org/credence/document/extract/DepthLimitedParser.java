package org.credence.document.extract;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The parser Tika uses for embedded files (attachments, objects inside documents, archive entries),
 * refusing to go deeper than a limit so that a file nested in itself many times cannot exhaust the
 * machine. One instance per parse: it counts the current depth.
 */
final class DepthLimitedParser extends ParserDecorator {

    private final int maxDepth;
    private int depth;
    private int skipped;

    DepthLimitedParser(Parser parser, int maxDepth) {
        super(parser);
        this.maxDepth = maxDepth;
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        if (depth >= maxDepth) {
            skipped++;
            return;
        }
        depth++;
        try {
            super.parse(stream, handler, metadata, context);
        } finally {
            depth--;
        }
    }

    int skipped() {
        return skipped;
    }
}
