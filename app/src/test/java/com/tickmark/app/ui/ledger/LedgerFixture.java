package com.tickmark.app.ui.ledger;

import com.tickmark.app.AppServices;
import com.tickmark.app.ledger.LedgerServices;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.EntryKind;
import com.tickmark.model.ledger.JournalEntry;
import com.tickmark.model.ledger.JournalLine;
import com.tickmark.model.ledger.LedgerService;
import com.tickmark.model.ledger.ManualJournal;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.trade.TradeId;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The fixture firm (business date 2025-11-20, reporting in USD) with a small journal worked out by
 * hand:
 *
 * <ol>
 *   <li>2025-10-31 opening balance: cash 50,000.00 USD against capital;
 *   <li>2025-11-03 trade T00000001 in MOMO-US: securities 10,000.00 USD (AAPL) against the broker;
 *   <li>2025-11-05 its settlement: the broker against cash;
 *   <li>2025-11-10 trade T00000002 in MOMO-EU: securities 1,000.00 EUR (SAP; 1,080.00 USD) against
 *       the broker;
 *   <li>2025-11-12 the trade cancelled: entry 4 reversed;
 *   <li>2025-11-20 a manual journal approved by the controller: the audit fee, 150.00 USD to fees
 *       against the broker (posted as entry 6);
 * </ol>
 *
 * and a second manual journal, bank charges of 25.00 USD, waiting for approval.
 *
 * <p>As of 2025-11-20 the consolidated trial balance is: 1100 Cash 40,000.00 debit, 1200 Securities
 * at cost 10,000.00 debit, 2100 Payable to brokers 150.00 credit, 3100 Capital 50,000.00 credit,
 * 5200 Fees 150.00 debit; USD debits = credits = 50,150.00.
 */
final class LedgerFixture {
  static final LocalDate BUSINESS_DATE = RefDataFixture.BUSINESS_DATE;
  static final Actor ACCOUNTANT = new Actor(new UserId(3), "accountant", Set.of(Role.ACCOUNTANT));
  static final Actor CONTROLLER = new Actor(new UserId(4), "controller", Set.of(Role.ACCOUNTANT));
  static final Actor VIEWER = new Actor(new UserId(5), "viewer", Set.of(Role.VIEWER));
  static final CurrencyCode USD = CurrencyCode.USD;
  static final CurrencyCode EUR = CurrencyCode.EUR;
  static final BookId MOMO_US = new BookId(1);
  static final BookId MOMO_EU = new BookId(2);

  private LedgerFixture() {}

  /** The fixture firm in {@code dir} with the journal above. */
  static Workspace create(Path dir) {
    Workspace ws = RefDataFixture.create(dir);
    AppServices services = RefDataFixture.services(ws);
    LedgerService ledger = ledger(services);
    ledger.postLifecycle(
        ACCOUNTANT,
        List.of(
            EntryDraft.of(
                LocalDate.of(2025, 10, 31),
                EntryKind.OPENING,
                "OPENING:2025-10-31",
                null,
                "Opening balance sheet",
                List.of(
                    line("1100", USD, "50000.00", "50000.00", null, null, null),
                    line("3100", USD, "-50000.00", "-50000.00", null, null, null))),
            EntryDraft.of(
                LocalDate.of(2025, 11, 3),
                EntryKind.TRADE,
                "TRADE:1:1",
                new TradeId(1),
                "Buy 50 AAPL",
                List.of(
                    line("1200", USD, "10000.00", "10000.00", MOMO_US, "MOMO", RefDataFixture.AAPL),
                    line("2100", USD, "-10000.00", "-10000.00", MOMO_US, "MOMO", null))),
            EntryDraft.of(
                LocalDate.of(2025, 11, 5),
                EntryKind.SETTLEMENT,
                "SETTLE:1",
                new TradeId(1),
                "Settle T00000001",
                List.of(
                    line("2100", USD, "10000.00", "10000.00", MOMO_US, "MOMO", null),
                    line("1100", USD, "-10000.00", "-10000.00", MOMO_US, "MOMO", null))),
            EntryDraft.of(
                LocalDate.of(2025, 11, 10),
                EntryKind.TRADE,
                "TRADE:2:1",
                new TradeId(2),
                "Buy 5 SAP",
                List.of(
                    line("1200", EUR, "1000.00", "1080.00", MOMO_EU, "MOMO", RefDataFixture.SAP),
                    line("2100", EUR, "-1000.00", "-1080.00", MOMO_EU, "MOMO", null)))));
    JournalEntry sap =
        ledger.entry(ACCOUNTANT, 4).orElseThrow(() -> new AssertionError("entry 4 posted"));
    ledger.postLifecycle(
        ACCOUNTANT,
        List.of(
            sap.content()
                .reversal(4, LocalDate.of(2025, 11, 12), "TRADE:2:CANCEL", "Cancel T00000002")));
    ApprovalRequest fee =
        ledger.submitManual(
            ACCOUNTANT,
            manual("Accrue the audit fee", "5200", "2100", "150.00", "audit 2025"),
            "Audit fee");
    services.approvals().approve(CONTROLLER, fee.id(), "checked");
    ledger.submitManual(
        ACCOUNTANT, manual("Bank charges", "5200", "1100", "25.00", ""), "Bank charges");
    return ws;
  }

  static LedgerService ledger(AppServices services) {
    return services.area(LedgerServices.class).ledger();
  }

  private static ManualJournal manual(
      String description, String debit, String credit, String amount, String memo) {
    return new ManualJournal(
        BUSINESS_DATE.toString(),
        description,
        List.of(
            new ManualJournal.Line(debit, "USD", amount, "", memo, ""),
            new ManualJournal.Line(credit, "USD", "-" + amount, "", memo, "")));
  }

  private static JournalLine line(
      String account,
      CurrencyCode currency,
      String amount,
      String reporting,
      BookId book,
      String strategy,
      InstrumentId instrument) {
    return new JournalLine(
        account,
        currency,
        new BigDecimal(amount),
        new BigDecimal(reporting),
        book,
        strategy,
        instrument,
        "");
  }
}
