package org.tryon.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.boot.model.source.spi.AttributePath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EmbeddedColumnNamingTest {

    @Test
    @DisplayName("ADR 0044: a field of an embedded value is kept in <attribute>_<field>")
    void embeddedFieldIsPrefixed() {
        AttributePath on = new AttributePath().append("issued").append("on");
        assertThat(EmbeddedColumnNaming.embeddedColumn(on)).isEqualTo("issued_on");
        AttributePath deeper =
                new AttributePath().append("notice").append("issued").append("by");
        assertThat(EmbeddedColumnNaming.embeddedColumn(deeper)).isEqualTo("notice_issued_by");
    }

    @Test
    @DisplayName("ADR 0044: an entity's own field keeps its name, as JPA says")
    void ownFieldKeepsItsName() {
        assertThat(EmbeddedColumnNaming.embeddedColumn(new AttributePath().append("status")))
                .isNull();
    }

    @Test
    @DisplayName("ADR 0044: a field of a collection's element, or of a map key, keeps its name")
    void collectionElementKeepsItsName() {
        AttributePath position = new AttributePath()
                .append("items")
                .append("collection&&element")
                .append("position");
        assertThat(EmbeddedColumnNaming.embeddedColumn(position)).isNull();
        AttributePath key = new AttributePath().append("fees").append("<key>").append("code");
        assertThat(EmbeddedColumnNaming.embeddedColumn(key)).isNull();
    }
}
