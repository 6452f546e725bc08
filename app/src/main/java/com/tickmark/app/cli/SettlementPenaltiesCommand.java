package com.tickmark.app.cli;

import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.penalty.BookedPenalty;
import com.tickmark.model.settlement.penalty.Penalty;
import com.tickmark.model.settlement.penalty.PenaltyBooking;
import com.tickmark.model.settlement.penalty.PenaltyBookingService;
import com.tickmark.model.settlement.penalty.PenaltySum;
import com.tickmark.model.settlement.penalty.PenaltyTotals;
import com.tickmark.model.trade.TradeId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark settlement penalties [--date D | --month YYYY-MM] [--all] [--by
 * day|counterparty]} and {@code settlement penalties book}.
 */
@Command(
    name = "penalties",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the CSDR cash penalties of the settlement fails in EU CSDs (the place of settlement of"
          + " the trade's SSI): for each business day an instruction fails on or after its"
          + " intended date, failing quantity x that day's closing price x the rate of the"
          + " instrument's class (liquid shares 1.0 bp, illiquid 0.5 bp, other instruments"
          + " 0.5 bp), or for a lack of cash (MONY) the ECB's marginal lending rate / 365; each"
          + " day rounded to the currency's minor units.",
      "Direction PAY when we failed (we lacked the securities to deliver or the cash to pay),"
          + " RECEIVE when the counterparty failed us.",
      "Days after the business date are not charged. Without --date or --month: the month to"
          + " the business date. --by counterparty adds them"
          + " up per month, counterparty and currency (net = received - paid).",
      "Lists the penalties not booked yet (see 'penalties book'); --all lists every penalty of"
          + " the period, booked or not, with who booked it and when and, when a later price or"
          + " status file changed it, the difference from the amount booked. Penalties booked that"
          + " are no longer charged are named on stderr."
    },
    subcommands = {SettlementPenaltiesCommand.Book.class})
public final class SettlementPenaltiesCommand implements Callable<Integer> {
  /** The columns first (a contract), then the rest. */
  static final List<String> DAY_COLUMNS =
      List.of(
          "trade_id",
          "our_reference",
          "counterparty",
          "date",
          "instrument",
          "isin",
          "failing_quantity",
          "reference_price",
          "rate",
          "penalty",
          "currency",
          "direction",
          "rate_basis",
          "reason",
          "booked");

  /** The csv adds what the booking was. */
  static final List<String> CSV_DAY_COLUMNS =
      Stream.concat(
              DAY_COLUMNS.stream(),
              Stream.of("booked_amount", "difference", "booked_by", "booked_at"))
          .toList();

  static final List<String> SUM_COLUMNS = List.of("currency", "direction", "penalties", "amount");

  static final List<String> COUNTERPARTY_COLUMNS =
      List.of("month", "counterparty", "currency", "fails", "fail_days", "paid", "received", "net");

  /** What one row is. */
  enum By {
    day,
    counterparty
  }

  @ParentCommand SettlementCommand parent;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Only the penalties of this business day.")
  LocalDate date;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      description = "The penalties of the business days of this month.")
  YearMonth month;

  @Option(
      names = "--all",
      description = "Every penalty of the period, the booked ones too (default: those not booked).")
  boolean all;

  @Option(
      names = "--by",
      paramLabel = "BY",
      defaultValue = "day",
      description =
          "day (a row per fail per day) or counterparty (per month, counterparty and currency);"
              + " default: ${DEFAULT-VALUE}.")
  By by;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE}).")
  ListOutput.Format format;

  @Override
  public Integer call() {
    TickmarkCommand root = parent.root;
    if (date != null && month != null) {
      root.err.println("tickmark: give --date or --month, not both.");
      return TickmarkCommand.USER_ERROR;
    }
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      LocalDate from;
      LocalDate to;
      if (date != null) {
        from = date;
        to = date;
      } else if (month != null) {
        from = month.atDay(1);
        to = month.atEndOfMonth();
      } else {
        to = session.services().businessDate().businessDate();
        from = to.withDayOfMonth(1);
      }
      PenaltyBookingService.Book book =
          session
              .services()
              .area(SettlementServices.class)
              .penaltyBookings()
              .between(actor, from, to);
      List<BookedPenalty> shown =
          book.penalties().stream().filter(p -> all || !p.booked()).toList();
      ReferenceNames names = new ReferenceNames(actor, session.services().referenceData());
      List<List<String>> rows = new ArrayList<>();
      if (by == By.counterparty) {
        for (PenaltyTotals t :
            PenaltyTotals.byCounterparty(shown.stream().map(BookedPenalty::penalty).toList())) {
          rows.add(
              List.of(
                  t.month().toString(),
                  names.counterparty(t.counterparty()),
                  t.currency().code(),
                  Integer.toString(t.fails()),
                  Integer.toString(t.days()),
                  names.money(t.paid(), t.currency()),
                  names.money(t.received(), t.currency()),
                  names.money(t.net(), t.currency())));
        }
        ListOutput.print(root.out, format, COUNTERPARTY_COLUMNS, rows);
      } else {
        boolean csv = format == ListOutput.Format.csv;
        for (BookedPenalty b : shown) {
          Penalty p = b.penalty();
          Instrument i = names.instruments.get(p.instrument());
          List<String> row =
              new ArrayList<>(
                  List.of(
                      p.trade().display(),
                      p.reference(),
                      names.counterparty(p.counterparty()),
                      p.date().toString(),
                      i == null ? "" : i.symbol(),
                      p.isin() == null ? "" : p.isin().toString(),
                      ReferenceNames.quantity(p.failingQuantity()),
                      p.referencePrice().stripTrailingZeros().toPlainString(),
                      p.rate().toPlainString(),
                      names.money(p.amount(), p.currency()),
                      p.currency().code(),
                      p.direction().name(),
                      p.basis(),
                      p.reason(),
                      booked(b, names, csv)));
          if (csv) {
            PenaltyBooking booking = b.booking().orElse(null);
            row.addAll(
                booking == null
                    ? List.of("", "", "", "")
                    : List.of(
                        names.money(booking.amount(), booking.currency()),
                        names.money(b.difference(), p.currency()),
                        booking.bookedBy(),
                        booking.bookedAt().truncatedTo(ChronoUnit.SECONDS).toString()));
          }
          rows.add(row);
        }
        ListOutput.print(root.out, format, csv ? CSV_DAY_COLUMNS : DAY_COLUMNS, rows);
      }
      long changed = book.penalties().stream().filter(BookedPenalty::changedSinceBooked).count();
      if (changed > 0 && !all) {
        root.err.println(
            "tickmark: "
                + changed
                + (changed == 1
                    ? " booked penalty has changed since it was booked"
                    : " booked penalties have changed since they were booked")
                + "; --all shows the difference.");
      }
      for (PenaltyBooking w : book.withdrawn()) {
        root.err.println(
            "tickmark: booked but no longer charged: "
                + w.key().display()
                + " "
                + names.money(w.amount(), w.currency())
                + " "
                + w.currency().code()
                + " (booked by "
                + w.bookedBy()
                + ").");
      }
      book.problems().forEach(p -> root.err.println("tickmark: not charged: " + p + "."));
    }
    return TickmarkCommand.OK;
  }

  /** no, yes, or (in the table) yes with the amount booked when the penalty has changed since. */
  private static String booked(BookedPenalty b, ReferenceNames names, boolean csv) {
    if (!b.booked()) {
      return "no";
    }
    if (csv || !b.changedSinceBooked()) {
      return "yes";
    }
    return "yes, as " + names.money(b.booking().orElseThrow().amount(), b.penalty().currency());
  }

  /** {@code tickmark settlement penalties book --month YYYY-MM} or {@code --trade T --date D}. */
  @Command(
      name = "book",
      mixinStandardHelpOptions = true,
      description = {
        "Marks CSDR penalties booked, for the ledger to post (BOOK_PENALTIES, accountants; each"
            + " penalty booked is in the audit trail). With --month, every penalty of the month"
            + " not booked yet, once the month is over (the business date is past its last day:"
            + " until then its penalties still accrue, and the CSD nets them for the whole month);"
            + " with --trade and --date, that trade's penalty of that day, once the day is over.",
        "Prints how many it booked and their totals per currency and direction. A penalty is"
            + " booked once, at its amount then: when a later price or status file changes it,"
            + " the booking stays and the lists show the difference."
      })
  static final class Book implements Callable<Integer> {
    @ParentCommand SettlementPenaltiesCommand parent;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "Book this month.")
    YearMonth month;

    @Option(names = "--trade", paramLabel = "TRADE", description = "With --date: T00000123 or 123.")
    String trade;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "With --trade: the day of the penalty.")
    LocalDate date;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.parent.root;
      boolean one = trade != null || date != null;
      if ((month == null) == !one || (one && (trade == null || date == null))) {
        root.err.println("tickmark: give --month YYYY-MM, or --trade and --date for one penalty.");
        return TickmarkCommand.USER_ERROR;
      }
      TradeId id = one ? TradeCommand.parse(trade) : null;
      try (Session session = Session.open(root)) {
        Actor actor = session.signIn();
        PenaltyBookingService bookings =
            session.services().area(SettlementServices.class).penaltyBookings();
        PenaltyBookingService.Booked booked =
            one ? bookings.bookDay(actor, id, date) : bookings.bookMonth(actor, month);
        ReferenceNames names = new ReferenceNames(actor, session.services().referenceData());
        int n = booked.booked().size();
        root.out.println(
            "Booked "
                + n
                + " CSDR "
                + (n == 1 ? "penalty" : "penalties")
                + " of "
                + (one ? id.display() + " on " + date : month)
                + " ("
                + booked.bookedBefore()
                + " booked before).");
        if (n > 0) {
          List<List<String>> rows = new ArrayList<>();
          for (PenaltySum t : booked.totals()) {
            rows.add(
                List.of(
                    t.currency().code(),
                    t.direction().name(),
                    Integer.toString(t.penalties()),
                    names.money(t.amount(), t.currency())));
          }
          ListOutput.print(root.out, ListOutput.Format.table, SUM_COLUMNS, rows);
        }
        for (BookedPenalty c : booked.changed()) {
          Penalty p = c.penalty();
          root.out.println(
              "Changed since booked: "
                  + p.key().display()
                  + " booked "
                  + names.money(c.booking().orElseThrow().amount(), p.currency())
                  + ", now "
                  + names.money(p.amount(), p.currency())
                  + " "
                  + p.currency().code()
                  + " (difference "
                  + names.money(c.difference(), p.currency())
                  + ").");
        }
        booked
            .problems()
            .forEach(p -> root.err.println("tickmark: not charged, so not booked: " + p + "."));
      }
      return TickmarkCommand.OK;
    }
  }
}
