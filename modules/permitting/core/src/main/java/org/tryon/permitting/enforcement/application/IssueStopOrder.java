package org.tryon.permitting.enforcement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 108.12.1: a stop order, directed to the person doing the work: the work to stop, the reasons, and when work may resume. */
public record IssueStopOrder(
        @NotBlank @Size(max = 200) String personDoingWork,
        @NotBlank @Size(max = 400) String address,
        @NotBlank @Size(max = 2000) String workToStop,
        @NotBlank @Size(max = 2000) String reasons,
        @NotBlank @Size(max = 2000) String conditionsToResume) {}
