package org.tryon.platform.web.format;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Before a page is written, makes every message plain (ADR 0052): a field named by its generated client id
 * ({@code j_idt12:form:amount: Validation Error: Value is required.}) is named in words ("Amount: ..."), and a detail
 * that only repeats the summary is dropped so the message shows once.
 */
public class PlainMessages implements SystemEventListener {

    private static final Pattern CLIENT_ID = Pattern.compile("^((?:[A-Za-z_][\\w-]*:)*[A-Za-z_][\\w-]*): ");
    private static final Pattern GENERATED = Pattern.compile("(?:[\\w-]*:)*j_id\\w*:([\\w-]+)");

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<FacesMessage> it = faces.getMessages(); it.hasNext(); ) {
            FacesMessage message = it.next();
            String summary = plain(message.getSummary());
            String detail = plain(message.getDetail());
            message.setSummary(summary);
            message.setDetail(detail == null || detail.equals(summary) ? "" : detail);
        }
    }

    /** {@code j_idt4:amount: Validation Error: Value is required.} → {@code Amount: Validation Error: ...}. */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        Matcher head = CLIENT_ID.matcher(text);
        if (head.find() && head.group(1).contains(":")) {
            String id = head.group(1);
            String last = id.substring(id.lastIndexOf(':') + 1);
            text = UsFormat.fieldLabel(last) + ": " + text.substring(head.end());
        }
        Matcher generated = GENERATED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (generated.find()) {
            generated.appendReplacement(out, Matcher.quoteReplacement(UsFormat.fieldLabel(generated.group(1))));
        }
        generated.appendTail(out);
        return out.toString();
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }
}
