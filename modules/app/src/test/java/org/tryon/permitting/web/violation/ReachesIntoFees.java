package org.tryon.permitting.web.violation;

import org.tryon.fees.ledger.domain.Account;

/** With fees' ReachesIntoPermitting, closes a cycle between permitting and fees on purpose. Test sources only. */
public class ReachesIntoFees {

    public String code(Account account) {
        return account.getCode();
    }

    public String number(org.tryon.fees.web.violation.ReachesIntoPermitting other) {
        return other.toString();
    }
}
