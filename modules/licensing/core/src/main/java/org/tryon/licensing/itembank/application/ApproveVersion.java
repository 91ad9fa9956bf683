package org.tryon.licensing.itembank.application;

import java.time.LocalDate;

/** 107.1.5 C: the licensing subcommittee approved a version: its decision (minutes or resolution) and the day. */
public record ApproveVersion(String decisionReference, LocalDate decisionDate) {}
