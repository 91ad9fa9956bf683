package org.tryon.permitting.enforcement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 108.12.1, 108.12.7: the written notice of appeal of an order, as filed (a copy comes to the department). */
public record RecordAppeal(
        @NotNull LocalDate filedOn,
        @NotBlank @Size(max = 200) String appellant,
        @NotBlank @Size(max = 2000) String grounds) {}
