package org.tryon.governance.tab.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.tryon.governance.meetings.domain.AgendaItem;

/** One bullet of the chair's written summary of the arguments for (PRO) or against (CON) a proposal (107.2.4 I). */
@Entity
@Table(name = "gov_tab_bullet")
public class SummaryBullet {

    public enum Side {
        PRO,
        CON
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Side side;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(name = "written_by", nullable = false, length = 100)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private LocalDateTime writtenAt;

    protected SummaryBullet() {}

    public SummaryBullet(
            AgendaItem item, Side side, int position, String text, String writtenBy, LocalDateTime writtenAt) {
        this.item = item;
        this.side = side;
        this.position = position;
        this.text = text.trim();
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getItem() {
        return item;
    }

    public Side getSide() {
        return side;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public LocalDateTime getWrittenAt() {
        return writtenAt;
    }
}
