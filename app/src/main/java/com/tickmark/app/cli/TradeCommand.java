package com.tickmark.app.cli;

import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.NewTrade;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeAmendment;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeVersion;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark trade}: a trade's life after capture, headless. */
@Command(
    name = "trade",
    mixinStandardHelpOptions = true,
    description = {
      "Shows, enters, confirms, affirms, settles, fails, amends and cancels trades.",
      "Once confirmed, amendments and cancellations wait for a second person's approval (tickmark"
          + " approvals)."
    })
public final class TradeCommand {
  @ParentCommand TickmarkCommand root;

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Shows a trade and every earlier version of it.")
  int show(@Parameters(paramLabel = "ID", description = "T00000123 or 123") String id) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      List<TradeVersion> versions = session.services().trades().history(actor, parse(id));
      if (versions.isEmpty()) {
        throw new UserException("There is no trade " + id + ".");
      }
      PrintStream out = root.out;
      Map<InstrumentId, String> symbols = new HashMap<>();
      session
          .services()
          .referenceData()
          .instruments(actor)
          .forEach(i -> symbols.put(i.id(), i.symbol()));
      for (TradeVersion v : versions) {
        Trade t = v.trade();
        out.printf(
            Locale.ROOT,
            "%s v%d %-9s %s %s %s @ %s gross %s %s commission %s fees %s trade %s settle %s%s%n",
            t.id(),
            t.version(),
            t.status(),
            t.side(),
            t.quantity().stripTrailingZeros().toPlainString(),
            symbols.get(t.instrumentId()),
            t.price().stripTrailingZeros().toPlainString(),
            money(t.grossAmount()),
            t.currency(),
            money(t.commission()),
            money(t.fees()),
            t.tradeDate(),
            t.settlementDate(),
            v.recordedBy().isEmpty()
                ? ""
                : "  ("
                    + v.recordedBy()
                    + " at "
                    + v.recordedAt()
                    + (v.reason().isEmpty() ? "" : ": " + v.reason())
                    + ")");
      }
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = "Enters a trade by hand (a phone trade), checked like any other.")
  int add(
      @Option(names = "--book", required = true) String book,
      @Option(names = "--instrument", required = true, description = "The instrument's symbol.")
          String instrument,
      @Option(names = "--side", required = true, description = "BUY or SELL") Side side,
      @Option(names = "--quantity", required = true) BigDecimal quantity,
      @Option(names = "--price", required = true) BigDecimal price,
      @Option(names = "--commission", defaultValue = "0") BigDecimal commission,
      @Option(names = "--fees", defaultValue = "0") BigDecimal fees,
      @Option(
              names = "--counterparty",
              required = true,
              description = "The executing broker's code.")
          String counterparty,
      @Option(names = "--account", description = "The custody account's code.") String account,
      @Option(
              names = "--trade-date",
              paramLabel = "YYYY-MM-DD",
              description = "Default: the business date.")
          LocalDate tradeDate,
      @Option(names = "--broker-ref") String brokerRef,
      @Option(names = "--reason", defaultValue = "phone trade") String reason) {
    try (Session session = Session.open(root)) {
      Trade t =
          session
              .services()
              .trades()
              .capture(
                  session.signIn(),
                  new NewTrade(
                      book,
                      instrument,
                      side,
                      quantity,
                      price,
                      commission,
                      fees,
                      counterparty,
                      account,
                      tradeDate,
                      null,
                      brokerRef),
                  reason);
      root.out.println(
          "Recorded "
              + t.id()
              + ": "
              + t.side()
              + " "
              + t.quantity().stripTrailingZeros().toPlainString()
              + " "
              + instrument
              + " @ "
              + t.price().stripTrailingZeros().toPlainString()
              + " "
              + t.currency()
              + ", settles "
              + t.settlementDate()
              + ".");
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "confirm",
      mixinStandardHelpOptions = true,
      description = "Marks a trade confirmed by the broker.")
  int confirm(
      @Parameters(paramLabel = "ID") String id,
      @Option(names = "--reason", defaultValue = "broker confirmation matched") String reason) {
    return move(id, reason, TradeService::confirm);
  }

  @Command(
      name = "affirm",
      mixinStandardHelpOptions = true,
      description = "Marks a confirmed trade affirmed.")
  int affirm(
      @Parameters(paramLabel = "ID") String id,
      @Option(names = "--reason", defaultValue = "affirmed") String reason) {
    return move(id, reason, TradeService::affirm);
  }

  @Command(
      name = "settle",
      mixinStandardHelpOptions = true,
      description =
          "Marks an affirmed trade settled, or a failed one settled late; not before its settlement"
              + " date.")
  int settle(
      @Parameters(paramLabel = "ID") String id,
      @Option(names = "--reason", defaultValue = "settled at the custodian") String reason) {
    return move(id, reason, TradeService::settle);
  }

  @Command(
      name = "fail",
      mixinStandardHelpOptions = true,
      description = "Marks an affirmed trade failed: it did not settle on its settlement date.")
  int fail(
      @Parameters(paramLabel = "ID") String id,
      @Option(names = "--reason", required = true) String reason) {
    return move(id, reason, TradeService::fail);
  }

  /**
   * A status change: {@code TradeService.confirm}, {@code affirm}, {@code settle} or {@code fail}.
   */
  private interface StatusChange {
    Trade apply(TradeService trades, Actor actor, TradeId id, String reason);
  }

  private int move(String id, String reason, StatusChange change) {
    try (Session session = Session.open(root)) {
      Trade t = change.apply(session.services().trades(), session.signIn(), parse(id), reason);
      root.out.println(t.id() + " is " + t.status() + " (version " + t.version() + ").");
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "amend",
      mixinStandardHelpOptions = true,
      description = "Amends a trade; once confirmed, a second person approves it.")
  int amend(
      @Parameters(paramLabel = "ID") String id,
      @Option(names = "--quantity") BigDecimal quantity,
      @Option(names = "--price") BigDecimal price,
      @Option(names = "--commission") BigDecimal commission,
      @Option(names = "--fees") BigDecimal fees,
      @Option(names = "--settlement-date", paramLabel = "YYYY-MM-DD") LocalDate settlementDate,
      @Option(names = "--reason", required = true) String reason) {
    try (Session session = Session.open(root)) {
      print(
          session
              .services()
              .trades()
              .amend(
                  session.signIn(),
                  parse(id),
                  new TradeAmendment(quantity, price, commission, fees, settlementDate),
                  reason));
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "cancel",
      mixinStandardHelpOptions = true,
      description = "Cancels a trade; once confirmed, a second person approves it.")
  int cancel(
      @Parameters(paramLabel = "ID") String id,
      @Option(names = "--reason", required = true) String reason) {
    try (Session session = Session.open(root)) {
      print(session.services().trades().cancel(session.signIn(), parse(id), reason));
    }
    return TickmarkCommand.OK;
  }

  private void print(TradeService.Outcome outcome) {
    if (outcome.waitsForApproval()) {
      root.out.println(
          "Request "
              + outcome.request().id()
              + " is waiting for approval: "
              + outcome.request().summary()
              + ".");
    } else {
      root.out.println(
          outcome.trade().id()
              + " is now version "
              + outcome.trade().version()
              + " ("
              + outcome.trade().status()
              + ").");
    }
  }

  private static String money(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,.2f", amount);
  }

  static TradeId parse(String text) {
    String digits =
        text.trim().toUpperCase(Locale.ROOT).startsWith("T")
            ? text.trim().substring(1)
            : text.trim();
    try {
      return new TradeId(Long.parseLong(digits));
    } catch (IllegalArgumentException e) {
      throw new UserException("A trade id looks like T00000123 or 123, not '" + text + "'.");
    }
  }
}
