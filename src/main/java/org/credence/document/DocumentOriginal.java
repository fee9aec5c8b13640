package org.credence.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The bytes a document was imported from, kept so anyone can check the text against its file. */
@Entity
@Table(name = "document_original")
class DocumentOriginal implements org.springframework.data.domain.Persistable<Long> {

    @Id
    private Long documentId;

    // VARBINARY maps to bytea on PostgreSQL and BINARY VARYING on H2 (see V6), unlike @Lob (oid vs BLOB).
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    /**
     * Its id is the document's, so Spring Data could not tell it is new and merged it: a select of the
     * row before every import's insert. An original is only ever inserted, never updated.
     */
    @jakarta.persistence.Transient
    private boolean isNew;

    protected DocumentOriginal() {}

    DocumentOriginal(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
        this.isNew = true;
    }

    @Override
    public Long getId() {
        return documentId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    byte[] getContent() {
        return content;
    }
}
