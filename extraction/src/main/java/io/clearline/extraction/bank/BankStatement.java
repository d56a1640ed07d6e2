package io.clearline.extraction.bank;

import io.clearline.core.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * One account section of a payment file (a BAI2 account, a camt statement/report/notification, an
 * MT940 statement, an X12 820 transaction): its balances when stated, and every entry in it.
 */
public record BankStatement(
        String account,
        String statementId,
        Optional<Money> openingBalance,
        Optional<Money> closingBalance,
        List<BankEntry> entries) {

    public BankStatement {
        account = account == null ? "" : account.strip();
        statementId = statementId == null ? "" : statementId.strip();
        openingBalance = openingBalance == null ? Optional.empty() : openingBalance;
        closingBalance = closingBalance == null ? Optional.empty() : closingBalance;
        entries = List.copyOf(entries);
    }
}
