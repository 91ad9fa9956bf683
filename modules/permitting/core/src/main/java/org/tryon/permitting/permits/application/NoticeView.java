package org.tryon.permitting.permits.application;

import java.time.LocalDate;

/** A notice sent to the permit holder. */
public record NoticeView(String kind, String addressedTo, String text, LocalDate dated)
        implements java.io.Serializable {}
