package org.tryon.platform.web.format;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tryon.platform.text.UsFormat;

/**
 * Converters Faces picks by type, so an {@code h:outputText} or {@code h:inputText} of a date, a time or an instant
 * is written the US way without naming a converter (ADR 0052). {@code p:datePicker} does not use them: it names
 * {@code converter="tryon.date"}.
 */
public final class ByTypeConverters {

    private ByTypeConverters() {}

    @FacesConverter(forClass = LocalDate.class)
    public static class Dates extends UsDateConverter {}

    @FacesConverter(forClass = LocalDateTime.class)
    public static class DateTimes extends UsDateTimeConverter {}

    /** Instants are shown only (as county time); one typed back is refused. */
    @FacesConverter(forClass = Instant.class)
    public static class Instants implements Converter<Instant> {

        @Override
        public Instant getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return UsFormat.parseDateTime(value)
                    .map(t -> t.atZone(UsFormat.COUNTY).toInstant())
                    .orElseThrow(() ->
                            new jakarta.faces.convert.ConverterException(new jakarta.faces.application.FacesMessage(
                                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                                    UsDateTimeConverter.message(FieldLabels.of(context, component)),
                                    "")));
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Instant value) {
            return UsFormat.dateTime(value);
        }
    }
}
