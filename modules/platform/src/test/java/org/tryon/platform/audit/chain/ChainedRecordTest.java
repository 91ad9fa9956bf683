package org.tryon.platform.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChainedRecordTest {

    @Test
    @DisplayName("issue 18 audit: the canonical content is one line per field, and reads back to the same fields")
    void contentRoundTrip() {
        ChainedRecord r = ChainedRecord.of("thing", 7, "Thing 7")
                .field("amount", "150.00")
                .field("note", "two\nlines = and a \\ backslash")
                .field("reason", null)
                .field("empty", "")
                .build();
        assertThat(r.content())
                .isEqualTo("amount=150.00\nnote=two\\nlines \\e and a \\\\ backslash\nreason=\\0\nempty=");
        Map<String, String> back = ChainedRecord.parse(r.content());
        assertThat(back).containsExactlyEntriesOf(r.fields());
        assertThat(back).containsEntry("reason", null).containsEntry("empty", "");
    }

    @Test
    @DisplayName("issue 18 audit: a link's hash covers the previous hash, its place and its content")
    void hashCoversEverything() {
        String h = AuditChains.hash(AuditChains.ZERO, "ledger", 1, "posting", 5, "amount=1.00");
        assertThat(h).hasSize(64).matches("[0-9a-f]+");
        assertThat(AuditChains.hash(AuditChains.ZERO, "ledger", 1, "posting", 5, "amount=1.00"))
                .isEqualTo(h);
        assertThat(AuditChains.hash(AuditChains.ZERO, "ledger", 1, "posting", 5, "amount=1.01"))
                .isNotEqualTo(h);
        assertThat(AuditChains.hash(AuditChains.ZERO, "ledger", 2, "posting", 5, "amount=1.00"))
                .isNotEqualTo(h);
        assertThat(AuditChains.hash(h, "ledger", 1, "posting", 5, "amount=1.00"))
                .isNotEqualTo(h);
        assertThat(AuditChains.hash(AuditChains.ZERO, "ledger", 1, "posting", 6, "amount=1.00"))
                .isNotEqualTo(h);
    }
}
