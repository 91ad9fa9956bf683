package org.tryon.permitting.permits.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 106 "Project Commenced": the evidence that work integral to the permit has started. */
public record RecordCommencement(@NotBlank @Size(max = 800) String evidence) {}
