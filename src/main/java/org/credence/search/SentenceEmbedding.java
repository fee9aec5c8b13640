package org.credence.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** One sentence unit's embedding: where the sentence is (code points) and its vector. Never changes. */
@Entity
@Table(name = "sentence_embedding")
class SentenceEmbedding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private long documentId;

    @Column(name = "start_offset", nullable = false, updatable = false)
    private int start;

    @Column(name = "end_offset", nullable = false, updatable = false)
    private int end;

    @Column(nullable = false, length = 100, updatable = false)
    private String model;

    @Column(nullable = false, updatable = false)
    private byte[] vector;

    protected SentenceEmbedding() {}

    SentenceEmbedding(long documentId, int start, int end, String model, float[] vector) {
        this.documentId = documentId;
        this.start = start;
        this.end = end;
        this.model = model;
        this.vector = bytes(vector);
    }

    Long getId() {
        return id;
    }

    long getDocumentId() {
        return documentId;
    }

    int getStart() {
        return start;
    }

    int getEnd() {
        return end;
    }

    float[] vector() {
        ByteBuffer buffer = ByteBuffer.wrap(vector).order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[vector.length / Float.BYTES];
        buffer.asFloatBuffer().get(values);
        return values;
    }

    private static byte[] bytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }
}
