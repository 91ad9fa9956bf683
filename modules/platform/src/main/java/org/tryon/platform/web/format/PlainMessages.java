package org.tryon.platform.web.format;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIMessages;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tryon.platform.text.UsFormat;

/**
 * Before a page is written, makes every message plain (ADR 0052): a field named by its generated client id
 * ({@code j_idt12:form:amount: Validation Error: Value is required.}) is named in words ("Amount: ..."), and a detail
 * that only repeats the summary is dropped so the message shows once. A page that has messages of its own
 * ({@code p:messages} showing every message, rendered) does not also show them in the layout's growl: a saved result's
 * confirmation, say, shows once, where the page keeps it.
 */
public class PlainMessages implements SystemEventListener {

    private static final String HIDDEN = "tryon.growlHidden";

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
        if (event.getSource() instanceof UIViewRoot root) {
            UIComponent growl = root.findComponent(":growl");
            if (growl == null) {
                return;
            }
            if (faces.getPartialViewContext().isPartialRequest()) {
                // an ajax update names what it shows: a button that updates the growl finds it there
                if (growl.getAttributes().remove(HIDDEN) != null) {
                    growl.setRendered(true);
                }
            } else if (growl.isRendered() && hasOwnMessages(root, growl)) {
                growl.getAttributes().put(HIDDEN, Boolean.TRUE);
                growl.setRendered(false);
            }
        }
    }

    /** Whether the page has a rendered {@code p:messages} (or {@code h:messages}) for all messages besides the growl. */
    private static boolean hasOwnMessages(UIComponent component, UIComponent growl) {
        if (!component.isRendered()) {
            return false;
        }
        if (component instanceof UIMessages messages
                && component != growl
                && messages.getFor() == null
                && !messages.isGlobalOnly()) {
            return true;
        }
        if (component instanceof UIData
                || component
                        .getClass()
                        .getSimpleName()
                        .matches(".*(Repeat|Dialog|Overlay|TabView|Accordion|Wizard).*")) {
            // rows are not read outside their iteration; a dialog's or a hidden tab's messages are not seen
            return false;
        }
        for (Iterator<UIComponent> kids = component.getFacetsAndChildren(); kids.hasNext(); ) {
            if (hasOwnMessages(kids.next(), growl)) {
                return true;
            }
        }
        return false;
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
