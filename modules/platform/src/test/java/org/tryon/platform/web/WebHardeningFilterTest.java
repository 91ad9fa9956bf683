package org.tryon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebHardeningFilterTest {

    @Test
    @DisplayName(
            "an include fragment (composition without template) and a template (ui:insert) are not pages; a composition with a template is")
    void fragments() {
        assertThat(WebHardeningFilter.isFragment("""
                <ui:composition xmlns="http://www.w3.org/1999/xhtml"
                                xmlns:ui="jakarta.faces.facelets">
                    <p:tab title="Inspections"/>
                </ui:composition>""")).isTrue();
        assertThat(WebHardeningFilter.isFragment("""
                <html xmlns="http://www.w3.org/1999/xhtml"><h:body><ui:insert name="content"/></h:body></html>""")).isTrue();
        assertThat(WebHardeningFilter.isFragment("""
                <ui:composition xmlns="http://www.w3.org/1999/xhtml"
                                xmlns:ui="jakarta.faces.facelets"
                                template="/tryon/layout.xhtml">
                    <ui:define name="content"/>
                </ui:composition>""")).isFalse();
        assertThat(WebHardeningFilter.isFragment("""
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml"><h:body>login</h:body></html>""")).isFalse();
    }
}
