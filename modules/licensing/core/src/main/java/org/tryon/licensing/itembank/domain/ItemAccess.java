package org.tryon.licensing.itembank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the item bank's access log: who saw or exported which confidential items, when, and how many. Append-only. */
@Entity
@Table(name = "lic_item_access")
public class ItemAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accessed_at", nullable = false, updatable = false)
    private Instant accessedAt;

    @Column(name = "user_name", nullable = false, length = 100, updatable = false)
    private String userName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AccessAction action;

    @Column(nullable = false, length = 400, updatable = false)
    private String subject;

    @Column(name = "item_count", nullable = false, updatable = false)
    private int itemCount;

    protected ItemAccess() {}

    public ItemAccess(Instant at, String user, AccessAction action, String subject, int itemCount) {
        this.accessedAt = at;
        this.userName = user;
        this.action = action;
        this.subject = subject.length() > 400 ? subject.substring(0, 397) + "..." : subject;
        this.itemCount = itemCount;
    }

    public Long getId() {
        return id;
    }

    public Instant getAccessedAt() {
        return accessedAt;
    }

    public String getUserName() {
        return userName;
    }

    public AccessAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public int getItemCount() {
        return itemCount;
    }
}
