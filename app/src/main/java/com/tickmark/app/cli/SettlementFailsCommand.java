package com.tickmark.app.cli;

import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.status.FailNote;
import com.tickmark.model.settlement.status.FailReasons;
import com.tickmark.model.settlement.status.SettlementFail;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark settlement fails [--date D] [--all]} and {@code settlement fails assign}. */
@Command(
    name = "fails",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the settlement fails as of the date: trades a custodian reported FAILED, or settled"
          + " after their intended date, with the reason code, the age in business days past the"
          + " intended settlement date (on the calendars of the place of settlement), the aging"
          + " bucket (0, 1-2, 3-5, 6-10, >10), the owner and comment.",
      "Status OPEN until all of the trade settled, then RESOLVED with its final age; --all"
          + " includes the resolved ones."
    },
    subcommands = {SettlementFailsCommand.Assign.class})
public final class SettlementFailsCommand implements Callable<Integer> {
  /** The columns first (a contract), then the rest. */
  static final List<String> COLUMNS =
      List.of(
          "trade_id",
          "our_reference",
          "counterparty",
          "intended_settlement_date",
          "reason",
          "age_business_days",
          "status",
          "aging_bucket",
          "resolved_on",
          "instrument",
          "side",
          "quantity",
          "settled_quantity",
          "value",
          "currency",
          "owner",
          "comment",
          "status_line",
          "reason_meaning");

  @ParentCommand SettlementCommand parent;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "As of the close of this date (default: the business date).")
  LocalDate date;

  @Option(names = "--all", description = "Also the resolved fails, with their final age.")
  boolean all;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or csv (default: ${DEFAULT-VALUE}).")
  ListOutput.Format format;

  @Override
  public Integer call() {
    TickmarkCommand root = parent.root;
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      LocalDate asOf = date != null ? date : session.services().businessDate().businessDate();
      ReferenceNames names = new ReferenceNames(actor, session.services().referenceData());
      List<List<String>> rows = new ArrayList<>();
      for (SettlementFail f :
          session.services().area(SettlementServices.class).fails().asOf(actor, asOf, all)) {
        Trade t = f.trade();
        Instrument i = names.instruments.get(t.instrumentId());
        FailNote note = f.note();
        rows.add(
            List.of(
                t.id().display(),
                t.execId(),
                names.counterparty(t.counterpartyId()),
                f.intendedDate().toString(),
                f.reason(),
                Integer.toString(f.ageBusinessDays()),
                f.state().name(),
                f.agingBucket(),
                f.resolvedOn() == null ? "" : f.resolvedOn().toString(),
                i == null ? "" : i.symbol(),
                t.side().name(),
                ReferenceNames.quantity(t.quantity()),
                ReferenceNames.quantity(f.settledQuantity()),
                names.money(f.value(), t.currency()),
                t.currency().code(),
                note == null ? "" : note.owner(),
                note == null ? "" : note.comment(),
                f.statusLine() == null ? "" : f.statusLine(),
                FailReasons.meaning(f.reason())));
      }
      ListOutput.print(root.out, format, COLUMNS, rows);
    }
    return TickmarkCommand.OK;
  }

  /** {@code tickmark settlement fails assign TRADE --owner USER [--comment TEXT]}. */
  @Command(
      name = "assign",
      mixinStandardHelpOptions = true,
      description =
          "Makes a user the owner of a settlement fail, with a comment (WORK_SETTLEMENTS; in the"
              + " audit trail).")
  static final class Assign implements Callable<Integer> {
    @ParentCommand SettlementFailsCommand parent;

    @Parameters(paramLabel = "TRADE", description = "The trade: T00000123 or 123.")
    String trade;

    @Option(names = "--owner", required = true, paramLabel = "USER", description = "Who works it.")
    String owner;

    @Option(names = "--comment", paramLabel = "TEXT", description = "What is being done.")
    String comment;

    @Override
    public Integer call() {
      TickmarkCommand root = parent.parent.root;
      TradeId id = TradeCommand.parse(trade);
      try (Session session = Session.open(root)) {
        Actor actor = session.signIn();
        FailNote note =
            session
                .services()
                .area(SettlementServices.class)
                .fails()
                .assign(actor, id, owner, comment);
        root.out.println(
            "The fail of "
                + id.display()
                + " is now owned by "
                + note.owner()
                + (note.comment().isEmpty() ? "." : ": " + note.comment()));
      }
      return TickmarkCommand.OK;
    }
  }
}
