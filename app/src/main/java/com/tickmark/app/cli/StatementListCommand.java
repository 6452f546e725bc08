package com.tickmark.app.cli;

import com.tickmark.app.recon.ReconServices;
import com.tickmark.model.recon.statement.StoredStatement;
import com.tickmark.model.security.Actor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark statement list [--account A] [--format csv]}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description =
        "Lists the stored bank statements, by account and date: balances, entries, the file each"
            + " came from, and why one does not follow the account's statement before it.")
public final class StatementListCommand implements Callable<Integer> {
  static final List<String> COLUMNS =
      List.of(
          "account",
          "currency",
          "statement",
          "statement_date",
          "opening",
          "closing",
          "entries",
          "file",
          "discontinuity");

  @ParentCommand StatementCommand parent;

  @Option(
      names = "--account",
      paramLabel = "A",
      description = "Only this cash account: its code, IBAN or number.")
  String account;

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
      for (StoredStatement s :
          session
              .services()
              .area(ReconServices.class)
              .statements()
              .statements(actor, Optional.ofNullable(account))) {
        rows.add(
            List.of(
                s.accountCode(),
                s.currency(),
                s.numberAndSequence(),
                s.closingDate().toString(),
                s.opening().toPlainString(),
                s.closing().toPlainString(),
                Integer.toString(s.entries()),
                s.fileName(),
                s.discontinuity() == null ? "" : s.discontinuity()));
      }
      ListOutput.print(root.out, format, COLUMNS, rows);
    }
    return TickmarkCommand.OK;
  }
}
