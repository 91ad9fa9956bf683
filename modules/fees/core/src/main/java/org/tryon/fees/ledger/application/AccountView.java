package org.tryon.fees.ledger.application;

import java.math.BigDecimal;

/** An account with its balance (positive: the customer owes the county). */
public record AccountView(long id, String code, String kind, String name, Long contractorId, BigDecimal balance) {}
