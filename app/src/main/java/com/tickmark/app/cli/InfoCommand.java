package com.tickmark.app.cli;

import com.tickmark.app.FileTrees;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.security.Permission;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.marketdata.MarketDataRepository;
import com.tickmark.persistence.refdata.ReferenceDataRepository;
import com.tickmark.persistence.trade.TradeRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark info}: what a workspace holds. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    description = "Shows what the workspace holds: the firm, its business date and how much data.")
final class InfoCommand implements Callable<Integer> {
  @ParentCommand TickmarkCommand root;

  @Override
  public Integer call() {
    try (Session session = Session.openToRead(root)) {
      session.signIn().require(Permission.VIEW_DATA);
      Workspace ws = session.workspace();
      PrintStream out = root.out;
      Repositories r = session.services().repositories();
      SettingsRepository settings = r.settings();
      ReferenceDataRepository refdata = r.referenceData();
      MarketDataRepository marketData = r.marketData();
      TradeRepository trades = session.services().area(TradeServices.class).repositories().trades();
      NavigableMap<LocalDate, Integer> byDate = trades.countByTradeDate();
      out.println("Workspace " + ws.directory());
      row(out, "firm", settings.get(SettingsRepository.FIRM_NAME).orElse("(none yet)"));
      row(out, "base currency", settings.get(SettingsRepository.BASE_CURRENCY).orElse("-"));
      row(out, "business date", settings.businessDate().map(LocalDate::toString).orElse("-"));
      row(out, "currencies", Integer.toString(refdata.currencies().size()));
      row(out, "calendars", String.join(", ", refdata.calendars().keySet()));
      row(out, "strategies", Integer.toString(refdata.strategies().size()));
      row(out, "books", Integer.toString(refdata.books().size()));
      row(out, "counterparties", Integer.toString(refdata.counterparties().size()));
      row(out, "accounts", Integer.toString(refdata.accounts().size()));
      row(out, "instruments", Integer.toString(refdata.instruments().size()));
      row(out, "prices", String.format(Locale.ROOT, "%,d", marketData.countPrices()));
      row(out, "fx rates", String.format(Locale.ROOT, "%,d", marketData.countFxRates()));
      row(
          out,
          "trades",
          String.format(Locale.ROOT, "%,d", trades.count())
              + (byDate.isEmpty()
                  ? ""
                  : " from "
                      + byDate.firstKey()
                      + " to "
                      + byDate.lastKey()
                      + " ("
                      + byDate.size()
                      + " trade dates)"));
      row(out, "users", Integer.toString(r.users().all().size()));
      row(out, "audit records", Long.toString(r.audit().verify().recordsChecked()));
      row(out, "encrypted", Workspace.isEncrypted(ws.directory()) ? "yes" : "no");
      row(out, "access", ws.readOnly().map(why -> "read only: " + why).orElse("read and write"));
      row(out, "inbox files", Integer.toString(FileTrees.countFiles(ws.inbox())));
      row(out, "logs", ws.logs().toString());
    }
    return TickmarkCommand.OK;
  }

  private static void row(PrintStream out, String label, String value) {
    out.printf(Locale.ROOT, "  %-15s %s%n", label, value);
  }
}
