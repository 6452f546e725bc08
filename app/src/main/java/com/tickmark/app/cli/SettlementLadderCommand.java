package com.tickmark.app.cli;

import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.model.security.Actor;
import com.tickmark.model.settlement.CashLadder;
import com.tickmark.model.settlement.LadderAccount;
import com.tickmark.model.settlement.LadderDay;
import com.tickmark.model.settlement.LadderMovement;
import com.tickmark.model.settlement.Obligation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark settlement ladder}: the cash ladder. */
@Command(
    name = "ladder",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the cash ladder: per currency and cash account, the next "
          + CashLadder.DAYS
          + " business days of the currency's settlement calendar from the date, each with its"
          + " opening balance, the receipts and payments of the obligations still to settle, the"
          + " net and the projected balance, and how many obligations make up the day.",
      "The first day opens with the settled balance at the close of the date; a failed"
          + " obligation is expected on the first day, one due on a closed day on the next"
          + " business day.",
      "With --all, the obligations behind the figures instead: a row per obligation and day, with"
          + " the cash it still has to move (positive receives, negative pays)."
    })
public final class SettlementLadderCommand implements Callable<Integer> {
  static final List<String> COLUMNS =
      List.of(
          "currency",
          "cash_account",
          "date",
          "opening",
          "receipts",
          "payments",
          "net",
          "projected_balance",
          "obligations");
  static final List<String> MOVEMENT_COLUMNS =
      List.of(
          "currency",
          "cash_account",
          "date",
          "trade_id",
          "our_reference",
          "counterparty",
          "type",
          "status",
          "amount");

  @ParentCommand SettlementCommand parent;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "From the close of this date (default: the business date).")
  LocalDate date;

  @Option(
      names = "--all",
      description = "List the obligations behind each day's figures instead of the figures.")
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
      CashLadder ladder =
          session.services().area(SettlementServices.class).cashLadder().ladder(actor, asOf);
      List<List<String>> rows = new ArrayList<>();
      for (LadderAccount a : ladder.accounts()) {
        for (LadderDay d : a.days()) {
          if (!all) {
            rows.add(
                List.of(
                    a.currency().code(),
                    names.account(a.account()),
                    d.date().toString(),
                    names.money(d.opening(), a.currency()),
                    names.money(d.receipts(), a.currency()),
                    names.money(d.payments(), a.currency()),
                    names.money(d.net(), a.currency()),
                    names.money(d.projected(), a.currency()),
                    Integer.toString(d.movements().size())));
            continue;
          }
          for (LadderMovement m : d.movements()) {
            Obligation o = m.obligation();
            rows.add(
                List.of(
                    a.currency().code(),
                    names.account(a.account()),
                    d.date().toString(),
                    o.trade().display(),
                    o.reference(),
                    names.counterparty(o.counterparty()),
                    o.type().name(),
                    m.line().status().name(),
                    names.money(m.amount(), a.currency())));
          }
        }
      }
      ListOutput.print(root.out, format, all ? MOVEMENT_COLUMNS : COLUMNS, rows);
    }
    return TickmarkCommand.OK;
  }
}
