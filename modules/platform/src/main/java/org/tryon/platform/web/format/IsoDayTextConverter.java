package org.tryon.platform.web.format;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.tryon.platform.text.UsFormat;

/**
 * For a day a screen keeps as text in ISO form (handed on to a command that the REST API shares): typed the US way
 * (or ISO) and shown as MM/DD/YYYY; the bean receives {@code 2026-12-08} (ADR 0052).
 */
@FacesConverter("tryon.isoDay")
public class IsoDayTextConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        var day = UsDateConverter.parse(value, component == null ? "Date" : FieldLabels.of(context, component));
        return day == null ? null : day.toString();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        if (value == null) {
            return "";
        }
        return UsFormat.parseDate(value).map(UsFormat::date).orElse(value);
    }
}
