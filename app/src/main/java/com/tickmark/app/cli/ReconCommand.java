package com.tickmark.app.cli;

import static com.tickmark.app.cli.ReferenceNames.quantity;

import com.tickmark.app.recon.ReconServices;
import com.tickmark.model.recon.input.Confirmation;
import com.tickmark.model.recon.input.Holding;
import com.tickmark.model.recon.input.ReconInputs;
import com.tickmark.model.security.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code tickmark recon}: the recons, their runs and breaks and what people do with them, and the
 * inputs as imported.
 */
@Command(
    name = "recon",
    mixinStandardHelpOptions = true,
    description =
        "Runs the reconciliations and works their breaks; lists the inputs as imported (brokers'"
            + " confirmations, custodians' holdings).",
    subcommands = {
      ReconRunCommands.ListRecons.class,
      ReconRunCommands.Run.class,
      ReconRunCommands.Breaks.class,
      ReconRunCommands.Assign.class,
      ReconRunCommands.Comment.class,
      ReconRunCommands.Resolve.class,
      ReconRunCommands.WriteOff.class,
      ReconRunCommands.Reopen.class,
      ReconRunCommands.Match.class,
      ReconRunCommands.Accept.class,
      ReconRunCommands.Reject.class,
      ReconRunCommands.Unmatch.class,
      ReconDefinitionCommand.class,
      ReconLayoutCommand.class,
      ReconCommand.Confirms.class,
      ReconCommand.Holdings.class,
      ReconAliasCommand.class
    })
public final class ReconCommand {
  static final List<String> CONFIRMATION_COLUMNS =
      List.of(
          "broker",
          "broker_ref",
          "client_exec_id",
          "order_id",
          "trade_date",
          "settlement_date",
          "isin_or_symbol",
          "side",
          "quantity",
          "price",
          "gross_amount",
          "commission",
          "fees",
          "net_amount",
          "currency",
          "account",
          "fills",
          "source");
  static final List<String> HOLDING_COLUMNS =
      List.of(
          "statement_date",
          "account_number",
          "isin",
          "symbol",
          "settled_quantity",
          "currency",
          "close_price",
          "market_value",
          "source");

  @ParentCommand TickmarkCommand root;

  /** An amount as received, with at least two decimals: {@code 47197.80}. */
  static String amount(BigDecimal a) {
    BigDecimal plain = a.stripTrailingZeros();
    return plain.setScale(Math.max(2, plain.scale())).toPlainString();
  }

  /** The options both listings take, and how they print. */
  abstract static class Listing<T> implements Callable<Integer> {
    @ParentCommand ReconCommand parent;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "Only this date's lines (default: every line).")
    LocalDate date;

    @Mixin FormatOption output;

    abstract BiFunction<ReconInputs, Actor, List<T>> lines(LocalDate date);

    abstract List<String> columns();

    abstract List<String> row(T line);

    @Override
    public Integer call() {
      TickmarkCommand root = parent.root;
      try (Session session = Session.openToRead(root)) {
        Actor actor = session.signIn();
        List<T> lines =
            lines(date).apply(session.services().area(ReconServices.class).inputs(), actor);
        ListOutput.print(
            root.out, output.format, columns(), lines.stream().map(this::row).toList());
      }
      return TickmarkCommand.OK;
    }
  }

  /** {@code tickmark recon confirms [--date D] [--format csv]}. */
  @Command(
      name = "confirms",
      mixinStandardHelpOptions = true,
      description =
          "Lists the brokers' confirmation lines as imported, in file order; --date: of that"
              + " trade date. Source is FILE:LINE.")
  static final class Confirms extends Listing<Confirmation> {
    @Override
    BiFunction<ReconInputs, Actor, List<Confirmation>> lines(LocalDate date) {
      return (inputs, actor) -> inputs.confirmations(actor, date);
    }

    @Override
    List<String> columns() {
      return CONFIRMATION_COLUMNS;
    }

    @Override
    List<String> row(Confirmation c) {
      return List.of(
          c.broker(),
          c.brokerRef(),
          c.clientExecId(),
          c.orderId(),
          c.tradeDate().toString(),
          c.settlementDate().toString(),
          c.instrument(),
          c.side().name(),
          quantity(c.quantity()),
          quantity(c.price()),
          amount(c.grossAmount()),
          amount(c.commission()),
          amount(c.fees()),
          amount(c.netAmount()),
          c.currency(),
          c.account(),
          Integer.toString(c.fills()),
          c.fileName() + ":" + c.line());
    }
  }

  /** {@code tickmark recon holdings [--date D] [--format csv]}. */
  @Command(
      name = "holdings",
      mixinStandardHelpOptions = true,
      description =
          "Lists the custodians' holdings lines as imported, in file order; --date: of that"
              + " statement date. Source is FILE:LINE.")
  static final class Holdings extends Listing<Holding> {
    @Override
    BiFunction<ReconInputs, Actor, List<Holding>> lines(LocalDate date) {
      return (inputs, actor) -> inputs.holdings(actor, date);
    }

    @Override
    List<String> columns() {
      return HOLDING_COLUMNS;
    }

    @Override
    List<String> row(Holding h) {
      return List.of(
          h.statementDate().toString(),
          h.accountNumber(),
          h.isin(),
          h.symbol(),
          quantity(h.settledQuantity()),
          h.currency(),
          quantity(h.closePrice()),
          amount(h.marketValue()),
          h.fileName() + ":" + h.line());
    }
  }
}
