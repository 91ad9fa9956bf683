package org.tryon.platform.web;

import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;

/**
 * After a page expired ({@link ViewExpiredHandlerFactory}), puts what the user had typed back into
 * the fields of the same names before the fresh page is rendered (as submitted values: they show,
 * and are checked again on the next submit). Best effort: fields that appear only after an action
 * (a dialog, a tab loaded later) start empty.
 */
public class RestoreTypedValues implements SystemEventListener {

    @Override
    @SuppressWarnings("unchecked")
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        Object typed = faces.getExternalContext().getFlash().get(ViewExpiredHandlerFactory.TYPED);
        if (!(typed instanceof Map<?, ?> map) || map.isEmpty()) {
            return;
        }
        Map<String, String> values = (Map<String, String>) map;
        UIViewRoot root = faces.getViewRoot();
        root.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof EditableValueHolder holder
                    && !(component instanceof HtmlInputSecret)
                    && !component.getClass().getSimpleName().contains("Password")) {
                String id = component.getClientId(context.getFacesContext());
                String value = values.containsKey(id + "_input") ? values.get(id + "_input") : values.get(id);
                if (value != null) {
                    holder.setSubmittedValue(value);
                }
            }
            return VisitResult.ACCEPT;
        });
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }
}
