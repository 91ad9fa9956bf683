package org.tryon.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Labels of an audited entity's fields on its History tab where the field name in words is not what people call it:
 * {@code @HistoryLabels({"pin=Parcel number (PIN)", "zoningOkOn=Zoning approved on"})}. Fields not named here are
 * shown by their name in words ("permitNumber" → "Permit number").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HistoryLabels {
    String[] value();
}
