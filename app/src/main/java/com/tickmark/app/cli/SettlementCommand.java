package com.tickmark.app.cli;

import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.NettingSet;
import com.tickmark.model.settlement.Obligation;
import com.tickmark.model.settlement.ObligationLine;
import com.tickmark.model.settlement.ObligationStatus;
import com.tickmark.model.settlement.SecuritiesNettingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark settlement}: obligations and their netting. */
@Command(
    name = "settlement",
    mixinStandardHelpOptions = true,
    description =
        "Settlement obligations as of a business date, their cash netting, the fails, status lines"
            + " for unknown references, the cash ladder and the day's settlement instructions"
            + " (MT54x).",
    subcommands = {
      SettlementFailsCommand.class,
      SettlementUnknownCommand.class,
      SettlementInstructionsCommand.class,
      SettlementLadderCommand.class,
      SettlementPenaltiesCommand.class
    })
public final class SettlementCommand {
  static final List<String> OBLIGATION_COLUMNS =
      List.of(
          "trade_id",
          "our_reference",
          "book",
          "counterparty",
          "instrument",
          "isin",
          "side",
          "type",
          "quantity",
          "settled_quantity",
          "amount",
          "currency",
          "intended_settlement_date",
          "place_of_settlement",
          "ssi",
          "delivery_account",
          "cash_account",
          "status",
          "age_business_days");
  static final List<String> NETTING_COLUMNS =
      List.of("value_date", "counterparty", "currency", "obligations", "pay", "receive", "net");
  static final List<String> SECURITIES_NETTING_COLUMNS =
      List.of(
          "settlement_date",
          "instrument",
          "isin",
          "custody_account",
          "counterparty",
          "basis",
          "obligations",
          "receive",
          "deliver",
          "net",
          "currency",
          "cash",
          "trades");

  @ParentCommand TickmarkCommand root;

  @Command(
      name = "obligations",
      mixinStandardHelpOptions = true,
      description = {
        "Lists the settlement obligations of the trades done by the date that are still to settle"
            + " (with --all, settled ones too): securities and cash legs, the SSI used (MISSING"
            + " when none applies), the status: PENDING, PARTIALLY_SETTLED, FAILED or SETTLED,"
            + " and a failed one's age in business days past the intended date."
      })
  int obligations(
      @Option(
              names = "--date",
              paramLabel = "YYYY-MM-DD",
              description = "As of the close of this date (default: the business date).")
          LocalDate date,
      @Option(names = "--all", description = "Also the settled obligations.") boolean all,
      @Option(
              names = "--format",
              paramLabel = "FORMAT",
              defaultValue = "table",
              description = "table or csv (default: ${DEFAULT-VALUE}).")
          ListOutput.Format format) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      LocalDate asOf = date != null ? date : session.services().businessDate().businessDate();
      ReferenceNames names = new ReferenceNames(actor, session.services().referenceData());
      List<List<String>> rows = new ArrayList<>();
      for (ObligationLine line :
          session.services().area(SettlementServices.class).obligations().asOf(actor, asOf, all)) {
        Obligation o = line.obligation();
        Instrument i = names.instruments.get(o.instrument());
        Obligation.CashLeg cash = o.cash();
        rows.add(
            List.of(
                o.trade().display(),
                o.reference(),
                names.book(o.book()),
                names.counterparty(o.counterparty()),
                i.symbol(),
                i.isin() == null ? "" : i.isin().value(),
                o.side().name(),
                o.type().name(),
                ReferenceNames.quantity(o.quantity()),
                ReferenceNames.quantity(line.settled()),
                names.money(cash.amount(), cash.currency()),
                cash.currency().code(),
                o.intendedDate().toString(),
                o.placeOfSettlement() == null ? "" : o.placeOfSettlement().value(),
                o.missingSsi() ? "MISSING" : o.ssi().code(),
                names.account(o.deliveryAccount()),
                names.account(cash.account()),
                line.status().name(),
                line.status() == ObligationStatus.FAILED
                    ? Integer.toString(line.ageBusinessDays())
                    : ""));
      }
      ListOutput.print(root.out, format, OBLIGATION_COLUMNS, rows);
    }
    return TickmarkCommand.OK;
  }

  @Command(
      name = "netting",
      mixinStandardHelpOptions = true,
      description = {
        "Nets the cash of the obligations still to settle per counterparty, currency and value"
            + " date: what we pay, what we receive and the net (positive receives).",
        "With --securities, nets their securities instead, per instrument, custody account,"
            + " counterparty and settlement date where the market nets (RVP and DVP on the US"
            + " venues, XLON and the euro venues): the quantity received, delivered, the net"
            + " (positive receives), the cash against it and the trades in the set. Other"
            + " obligations are listed one each with basis GROSS."
      })
  int netting(
      @Option(
              names = "--date",
              paramLabel = "YYYY-MM-DD",
              description = "As of the close of this date (default: the business date).")
          LocalDate date,
      @Option(names = "--securities", description = "Net the securities, not the cash.")
          boolean securities,
      @Option(
              names = "--format",
              paramLabel = "FORMAT",
              defaultValue = "table",
              description = "table or csv (default: ${DEFAULT-VALUE}).")
          ListOutput.Format format) {
    try (Session session = Session.openToRead(root)) {
      Actor actor = session.signIn();
      LocalDate asOf = date != null ? date : session.services().businessDate().businessDate();
      ReferenceNames names = new ReferenceNames(actor, session.services().referenceData());
      if (securities) {
        printSecurities(
            format,
            names,
            session
                .services()
                .area(SettlementServices.class)
                .obligations()
                .securitiesNetting(actor, asOf));
        return TickmarkCommand.OK;
      }
      List<List<String>> rows = new ArrayList<>();
      for (NettingSet s :
          session.services().area(SettlementServices.class).obligations().netting(actor, asOf)) {
        rows.add(
            List.of(
                s.valueDate().toString(),
                names.counterparty(s.counterparty()),
                s.currency().code(),
                Integer.toString(s.members().size()),
                names.money(s.pay(), s.currency()),
                names.money(s.receive(), s.currency()),
                names.money(s.net(), s.currency())));
      }
      ListOutput.print(root.out, format, NETTING_COLUMNS, rows);
    }
    return TickmarkCommand.OK;
  }

  private void printSecurities(
      ListOutput.Format format, ReferenceNames names, List<SecuritiesNettingSet> sets) {
    List<List<String>> rows = new ArrayList<>();
    for (SecuritiesNettingSet s : sets) {
      Instrument i = names.instruments.get(s.instrument());
      rows.add(
          List.of(
              s.settlementDate().toString(),
              i.symbol(),
              i.isin() == null ? "" : i.isin().value(),
              names.accountNumber(s.account()),
              names.counterparty(s.counterparty()),
              s.netted() ? "NET" : "GROSS",
              Integer.toString(s.members().size()),
              ReferenceNames.quantity(s.receive()),
              ReferenceNames.quantity(s.deliver()),
              ReferenceNames.quantity(s.net()),
              s.currency().code(),
              names.money(s.cash(), s.currency()),
              s.members().stream().map(o -> o.trade().display()).collect(Collectors.joining(" "))));
    }
    ListOutput.print(root.out, format, SECURITIES_NETTING_COLUMNS, rows);
  }
}
