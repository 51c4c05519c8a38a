package org.minping.core.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * The first answer given to a caller's Idempotency-Key, with the fingerprint of the request it
 * answered. The key is the caller's own: the same key from another caller is another key.
 */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    /**
     * A caller's key: the keyed hash of the caller ({@link RaterKeys}, or empty for none) and the key
     * it sent. A class, not a record: JPA needs a no-argument constructor for an id class.
     */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String callerKey;
        private String key;

        public Key() {
        }

        public Key(String callerKey, String key) {
            this.callerKey = callerKey;
            this.key = key;
        }

        public String callerKey() {
            return callerKey;
        }

        public String key() {
            return key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && callerKey.equals(that.callerKey) && key.equals(that.key);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(callerKey, key);
        }
    }

    @Id
    @Column(name = "caller_key", length = 64)
    private String callerKey;

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

    IdempotencyRecord(Key key, String requestFingerprint, Appraisal appraisal, LocalDateTime createdAt) {
        this.callerKey = key.callerKey();
        this.key = key.key();
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
