package com.tickmark.app.cli;

import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.model.position.CashBalance;
import com.tickmark.model.position.Position;
import com.tickmark.model.position.Positions;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.ReferenceDataService;
import com.tickmark.model.security.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark positions}: holdings and cash as of a business date. */
@Command(
    name = "positions",
    mixinStandardHelpOptions = true,
    description = {
      "Lists what each book holds as of a business date, per instrument and custody account:"
          + " trade-date and settled quantities and what is pending each way; with --cash, each"
          + " cash account's projected and settled balance.",
      "The custody_account column is the account number the custodian's own files use."
    })
public final class PositionsCommand implements Callable<Integer> {
  static final List<String> POSITION_COLUMNS =
      List.of(
          "book",
          "custody_account",
          "instrument",
          "isin",
          "trade_date_quantity",
          "settled_quantity",
          "pending_receipts",
          "pending_deliveries");
  static final List<String> CASH_COLUMNS =
      List.of("cash_account", "account_number", "currency", "projected_balance", "settled_balance");

  @ParentCommand TickmarkCommand root;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "As of the close of this date (default: the business date).")
  LocalDate date;

  @Option(names = "--book", paramLabel = "BOOK", description = "Only this book's holdings.")
  String book;

  @Option(names = "--cash", description = "Cash balances per cash account instead of holdings.")
  boolean cash;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE}).")
  ListOutput.Format format;

  @Override
  public Integer call() {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      ReferenceDataService refdata = session.services().referenceData();
      if (cash && book != null) {
        throw new UserException("Cash is the firm's, not a book's: leave out --book with --cash.");
      }
      Optional<BookId> bookId =
          book == null
              ? Optional.empty()
              : Optional.of(
                  refdata.books(actor).stream()
                      .filter(b -> b.code().equalsIgnoreCase(book.trim()))
                      .map(Book::id)
                      .findFirst()
                      .orElseThrow(() -> new UserException("There is no book " + book + ".")));
      LocalDate asOf = date != null ? date : session.services().businessDate().businessDate();
      Positions positions =
          session.services().area(SettlementServices.class).positions().asOf(actor, asOf, bookId);
      ReferenceNames names = new ReferenceNames(actor, refdata);
      List<List<String>> rows = new ArrayList<>();
      if (cash) {
        for (CashBalance b : positions.cash()) {
          rows.add(
              List.of(
                  names.account(b.account()),
                  names.accountNumber(b.account()),
                  b.currency().code(),
                  names.money(b.projected(), b.currency()),
                  names.money(b.settled(), b.currency())));
        }
        ListOutput.print(root.out, format, CASH_COLUMNS, rows);
      } else {
        for (Position p : positions.securities()) {
          Instrument i = names.instruments.get(p.instrument());
          rows.add(
              List.of(
                  names.book(p.book()),
                  names.accountNumber(p.account()),
                  i.symbol(),
                  i.isin() == null ? "" : i.isin().value(),
                  ReferenceNames.quantity(p.tradeDateQuantity()),
                  ReferenceNames.quantity(p.settledQuantity()),
                  ReferenceNames.quantity(p.pendingReceipts()),
                  ReferenceNames.quantity(p.pendingDeliveries())));
        }
        ListOutput.print(root.out, format, POSITION_COLUMNS, rows);
      }
    }
    return TickmarkCommand.OK;
  }
}
