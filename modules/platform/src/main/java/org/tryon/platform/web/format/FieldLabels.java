package org.tryon.platform.web.format;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.context.FacesContext;
import org.tryon.platform.text.UsFormat;

/** The words a message uses for a field: its label, else the text of the label pointing at it, else its id in words. */
final class FieldLabels {

    private FieldLabels() {}

    static String of(FacesContext faces, UIComponent component) {
        Object label = component.getAttributes().get("label");
        if (label != null && !label.toString().isBlank()) {
            return label.toString();
        }
        String id = component.getId();
        UIComponent parent = component.getParent();
        if (parent != null && id != null) {
            for (UIComponent sibling : parent.getChildren()) {
                Object forId = sibling.getAttributes().get("for");
                if (id.equals(forId)
                        && (sibling instanceof HtmlOutputLabel
                                || sibling.getClass().getSimpleName().contains("OutputLabel"))) {
                    Object value = sibling.getAttributes().get("value");
                    if (value != null && !value.toString().isBlank()) {
                        return value.toString().replaceAll("\\s*\\*$", "");
                    }
                }
            }
        }
        return id == null || id.startsWith("j_id") ? "This field" : UsFormat.fieldLabel(id);
    }
}
