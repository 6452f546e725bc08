package com.tickmark.model.demo.inbox;

import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Counterparty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One day's statement of one cash account as the bank sends it, faults included: its balances add
 * up (opening + entries = closing) whatever the books say.
 *
 * @param number the statement number: 1 for the first demo day, then one more each day
 * @param openingDate the date of the opening balance: the previous statement's date
 */
record BankStatement(
    String firmName,
    Counterparty bank,
    Account account,
    int number,
    LocalDate date,
    LocalDate openingDate,
    BigDecimal opening,
    List<Entry> entries) {

  BankStatement {
    entries = List.copyOf(entries);
  }

  BigDecimal closing() {
    BigDecimal sum = opening;
    for (Entry e : entries) {
      sum = sum.add(e.amount());
    }
    return sum;
  }

  /**
   * What kind of movement an entry is, with its MT940 type code and ISO 20022 bank transaction
   * code.
   */
  enum EntryType {
    SECURITIES("NSEC", "SECU", "SETT", "TRAD", "SECURITIES SETTLEMENT"),
    FX("NFEX", "FORX", "SPOT", "OTHR", "FOREIGN EXCHANGE SETTLEMENT"),
    CHARGES("NCHG", "ACMT", "MDOP", "CHRG", "CHARGES"),
    INTEREST_CREDIT("NINT", "ACMT", "MCOP", "INTR", "CREDIT INTEREST"),
    INTEREST_DEBIT("NINT", "ACMT", "MDOP", "INTR", "DEBIT INTEREST"),
    /** Several settlements of different kinds netted into one entry. */
    NETTED("NMSC", "PMNT", "OTHR", "OTHR", "NETTED SETTLEMENTS");

    final String swiftCode;
    final String label;

    /**
     * The camt.053 {@code <BkTxCd>} element: the ISO domain, family and sub-family, and the SWIFT
     * code as proprietary code.
     */
    final String bankTransactionCode;

    EntryType(String swiftCode, String domain, String family, String subFamily, String label) {
      this.swiftCode = swiftCode;
      this.label = label;
      this.bankTransactionCode =
          "<BkTxCd><Domn><Cd>"
              + domain
              + "</Cd><Fmly><Cd>"
              + family
              + "</Cd><SubFmlyCd>"
              + subFamily
              + "</SubFmlyCd></Fmly></Domn><Prtry><Cd>"
              + swiftCode
              + "</Cd><Issr>SWIFT</Issr></Prtry></BkTxCd>";
    }
  }

  /**
   * One booked movement.
   *
   * @param amount signed from the account holder's view: a credit is positive, a debit negative
   * @param ourReference the firm's trade id ({@code T00000123}), or NONREF for the bank's own
   *     entries
   * @param endToEndId the trade's exec id, or NOTPROVIDED
   * @param bankReference the bank's own reference, unique per entry
   * @param isin the security settled, or empty
   * @param counterpartyName the other party as the bank names it, or empty (the bank's own entries)
   * @param fault the disagreement injected into it, or null
   * @param match how it is messy although it agrees with the books, or null
   */
  record Entry(
      LocalDate valueDate,
      BigDecimal amount,
      EntryType type,
      String ourReference,
      String endToEndId,
      String bankReference,
      String narrative,
      String isin,
      String counterpartyName,
      PendingFault fault,
      PendingMatch match) {

    Entry withFault(BigDecimal newAmount, PendingFault newFault) {
      return new Entry(
          valueDate,
          newAmount,
          type,
          ourReference,
          endToEndId,
          bankReference,
          narrative,
          isin,
          counterpartyName,
          newFault,
          match);
    }

    /** This entry valued on {@code date} and booked for {@code newAmount}, messy as {@code why}. */
    Entry messy(LocalDate date, BigDecimal newAmount, PendingMatch why) {
      return new Entry(
          date,
          newAmount,
          type,
          ourReference,
          endToEndId,
          bankReference,
          narrative,
          isin,
          counterpartyName,
          fault,
          why);
    }
  }
}
