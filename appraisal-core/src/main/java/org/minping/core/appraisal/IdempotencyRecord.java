package org.minping.core.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The first answer given to a client's Idempotency-Key, with the fingerprint of the request it answered. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @Column(name = "idem_key", length = 128)
    private String key;

    @Column(name = "request_sha256", nullable = false, length = 64)
    private String requestFingerprint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appraisal_id")
    private Appraisal appraisal;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(String key, String requestFingerprint, Appraisal appraisal, LocalDateTime createdAt) {
        this.key = key;
        this.requestFingerprint = requestFingerprint;
        this.appraisal = appraisal;
        this.createdAt = createdAt;
    }

    public String requestFingerprint() {
        return requestFingerprint;
    }

    public Appraisal appraisal() {
        return appraisal;
    }
}
