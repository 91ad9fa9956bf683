package org.tryon.licensing.itembank.application;

/** Assemble a form of a certificate type by the outline in force today: its code and the random seed (none: one is chosen). */
public record AssembleForm(String certificateType, String code, Long seed) {}
