package org.tryon.permitting.machinery.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** 108.10 G.2, G.3 E: the owner's appeal of exceptions taken: the items, the grounds, who filed it and when. */
public record FileAppeal(
        @NotNull LocalDate filedOn,
        @NotBlank @Size(max = 200) String appellant,
        @NotBlank @Size(max = 2000) String grounds,
        @NotEmpty @Size(max = 200) List<@NotNull Long> itemIds) {}
