package org.credence.document;

import java.time.Clock;
import java.time.Duration;
import org.credence.document.fetch.FetchException;
import org.credence.document.fetch.FetchedPage;
import org.credence.document.fetch.NetworkGuard;
import org.credence.document.fetch.UrlFetcher;
import org.credence.security.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Imports web pages (and PDFs) by link. The fetch runs before any transaction opens; the page then
 * imports as a file would, with the fetch's provenance. Never throws for a bad link: the outcome says
 * what happened, named by the link.
 */
@Service
public class UrlImportService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(UrlImportService.class);
    static final int MAX_REDIRECTS = 5;

    private final DocumentService documents;
    private final UrlFetcher fetcher;

    UrlImportService(DocumentService documents, ImportProperties properties, Clock clock) {
        this.documents = documents;
        this.fetcher = new UrlFetcher(
                new NetworkGuard(properties.url().allowedNetworks()),
                new UrlFetcher.Limits(
                        MAX_REDIRECTS,
                        Duration.ofSeconds(10),
                        properties.url().timeout(),
                        properties.maxFileSize().toBytes()),
                clock);
    }

    @Access.Importers
    public ImportOutcome importUrl(String url, boolean mainContentOnly, String importedBy) {
        String link = url == null ? "" : url.strip();
        if (!documents.mayImport()) {
            return ImportOutcome.failed(link, DocumentService.REVIEWERS_MAY_NOT_IMPORT);
        }
        FetchedPage page;
        try {
            page = fetcher.fetch(link);
        } catch (FetchException e) {
            log.info("Import of {} failed: {}", link, e.getMessage());
            return ImportOutcome.failed(link, e.getMessage());
        }
        ImportOutcome outcome = documents.importFetched(page, importedBy, new ImportOptions(mainContentOnly));
        return new ImportOutcome(
                link, outcome.status(), outcome.documentId(), outcome.probableDuplicateOf(), outcome.message());
    }

    @Override
    public void destroy() throws Exception {
        fetcher.close();
    }
}
