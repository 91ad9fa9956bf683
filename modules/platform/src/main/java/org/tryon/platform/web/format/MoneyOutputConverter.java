package org.tryon.platform.web.format;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.tryon.platform.money.Money;
import org.tryon.platform.text.UsFormat;

/** Shows every {@link Money} in an output component with separators and two decimals ($385,000.00). */
@FacesConverter(forClass = Money.class)
public class MoneyOutputConverter implements Converter<Money> {

    @Override
    public Money getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Money.of(value.trim().replace("$", "").replace(",", ""));
        } catch (RuntimeException notAnAmount) {
            throw new jakarta.faces.convert.ConverterException(new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                    FieldLabels.of(context, component) + ": enter an amount in dollars and cents, e.g. 1,776.00",
                    ""));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Money value) {
        return UsFormat.money(value);
    }
}
