package org.tryon.platform.errors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The years a date field of a command accepts when it differs from the platform's default
 * ({@value #DEFAULT_FROM}..{@value #DEFAULT_TO}, ADR 0022): the REST API refuses a date outside
 * the range with 400 before anything runs.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface YearRange {

    int DEFAULT_FROM = 1900;
    int DEFAULT_TO = 2999;

    int from() default DEFAULT_FROM;

    int to() default DEFAULT_TO;
}
