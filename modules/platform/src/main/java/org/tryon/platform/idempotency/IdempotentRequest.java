package org.tryon.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A write of the REST API sent with an {@code Idempotency-Key}, and the answer it got (ADR 0025). The row is written
 * first, in the write's own transaction (so a twin with the same key waits on the unique key until this one commits),
 * and completed with the answer just before the commit; a write that failed leaves no row.
 */
@Entity
@Table(
        name = "plat_idempotency",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_plat_idempotency_key",
                        columnNames = {"user_name", "idem_key"}))
public class IdempotentRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_name", nullable = false, length = 60)
    private String userName;

    @Column(name = "idem_key", nullable = false, length = 255)
    private String key;

    @Column(nullable = false, length = 10)
    private String method;

    @Column(nullable = false, length = 1000)
    private String path;

    /** SHA-256 of the method, the path with its query and the body, in hex ({@link IdempotencyKeys#hash}). */
    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    private Integer status;

    @Column(name = "content_type", length = 200)
    private String contentType;

    @Column(length = 2000)
    private String location;

    @Lob
    @Column(columnDefinition = "LONGBLOB")
    private byte[] body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentRequest() {}

    public IdempotentRequest(
            String userName, String key, String method, String path, String requestHash, Instant createdAt) {
        this.userName = userName;
        this.key = key;
        this.method = method;
        this.path = path.length() > 1000 ? path.substring(0, 1000) : path;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    /** The answer the write got, to give again to a retry. */
    public void answered(int status, String contentType, String location, byte[] body) {
        this.status = status;
        this.contentType = contentType;
        this.location = location;
        this.body = body;
    }

    /** Whether {@code requestHash} is the same request (method, path and body) as the one recorded. */
    public boolean sameRequest(String requestHash) {
        return this.requestHash.equals(requestHash);
    }

    public Long getId() {
        return id;
    }

    public String getUserName() {
        return userName;
    }

    public String getKey() {
        return key;
    }

    public String getMethod() {
        return method;
    }

    public String getPath() {
        return path;
    }

    public Integer getStatus() {
        return status;
    }

    public String getContentType() {
        return contentType;
    }

    public String getLocation() {
        return location;
    }

    public byte[] getBody() {
        return body == null ? new byte[0] : body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
