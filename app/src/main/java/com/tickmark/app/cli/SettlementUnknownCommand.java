package com.tickmark.app.cli;

import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.status.StatusLine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark settlement unknown}: status lines whose reference the firm does not know. */
@Command(
    name = "unknown",
    mixinStandardHelpOptions = true,
    description =
        "Lists the settlement status lines that quote a reference the firm had no trade for when"
            + " the file was imported: kept, not dropped, for a person to look into.")
public final class SettlementUnknownCommand implements Callable<Integer> {
  static final List<String> COLUMNS =
      List.of(
          "file",
          "line",
          "statement_date",
          "our_reference",
          "account_number",
          "isin",
          "status",
          "quantity",
          "settled_quantity",
          "intended_settlement_date",
          "reason_code");

  @ParentCommand SettlementCommand parent;

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
      List<List<String>> rows = new ArrayList<>();
      for (StatusLine l :
          session.services().area(SettlementServices.class).statusImports().unknown(actor)) {
        rows.add(
            List.of(
                l.fileName(),
                Integer.toString(l.line()),
                l.statementDate().toString(),
                l.reference(),
                l.accountNumber(),
                l.isin(),
                l.status().name(),
                ReferenceNames.quantity(l.quantity()),
                ReferenceNames.quantity(l.settledQuantity()),
                l.intendedDate().toString(),
                l.reasonCode()));
      }
      ListOutput.print(root.out, format, COLUMNS, rows);
    }
    return TickmarkCommand.OK;
  }
}
