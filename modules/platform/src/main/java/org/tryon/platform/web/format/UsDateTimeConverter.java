package org.tryon.platform.web.format;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import org.tryon.platform.text.UsFormat;

/**
 * A county-local date and time typed and shown the US way (ADR 0052): shows {@code 12/08/2026 9:30 AM}; accepts that,
 * a 24-hour time ({@code 12/08/2026 14:30}) and ISO ({@code 2026-12-08T14:30}).
 */
@FacesConverter("tryon.dateTime")
public class UsDateTimeConverter implements Converter<LocalDateTime> {

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value, component == null ? "Date and time" : FieldLabels.of(context, component));
    }

    public static LocalDateTime parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return UsFormat.parseDateTime(value)
                .orElseThrow(() ->
                        new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message(field), "")));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return UsFormat.dateTime(value);
    }

    public static String message(String field) {
        return field + ": enter a date and time as MM/DD/YYYY h:mm AM/PM, e.g. 12/08/2026 9:30 AM";
    }
}
