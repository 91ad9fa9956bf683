package org.tryon.licensing.itembank.application;

import java.time.LocalDate;
import java.util.List;
import org.tryon.licensing.itembank.application.ItemBankViews.AreaCount;

/** A content outline for a certificate type from a day: the content areas in order and how many items each gives a form. */
public record RecordOutline(String certificateType, LocalDate effectiveFrom, String note, List<AreaCount> areas) {}
