package org.tryon.permitting.machinery.application;

import jakarta.validation.constraints.Size;

/** 108.10 G.1: the notice of exceptions to the customer; without an addressee, to the owner and address of the latest declaration. */
public record IssueExceptionNotice(
        @Size(max = 200) String addresseeName,
        @Size(max = 400) String addresseeAddress) {}
