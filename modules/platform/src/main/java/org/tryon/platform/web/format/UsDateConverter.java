package org.tryon.platform.web.format;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import org.tryon.platform.text.UsFormat;

/**
 * A day typed and shown the US way (ADR 0052): shows {@code 12/08/2026}; accepts 12/08/2026, 12/8/2026 and
 * 2026-12-08. A text that is no day is refused with one message naming the field ("Inspection date: enter a date as
 * MM/DD/YYYY, e.g. 12/08/2026"); Faces keeps what was typed in the field. Used by every {@code p:datePicker}
 * ({@code converter="tryon.date"}) and by {@code h:inputText} fields of type {@code LocalDate}.
 */
@FacesConverter("tryon.date")
public class UsDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        return parse(value, component == null ? "Date" : FieldLabels.of(context, component));
    }

    /**
     * @param field the field's label, named by the message when {@code value} is no day
     * @throws ConverterException with one message ("Inspection date: enter a date as MM/DD/YYYY, e.g. 12/08/2026")
     */
    public static LocalDate parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return UsFormat.parseDate(value)
                .orElseThrow(() ->
                        new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message(field), "")));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return UsFormat.date(value);
    }

    /** {@code Inspection date: enter a date as MM/DD/YYYY, e.g. 12/08/2026}. */
    public static String message(String field) {
        return field + ": enter a date as MM/DD/YYYY, e.g. 12/08/2026";
    }
}
