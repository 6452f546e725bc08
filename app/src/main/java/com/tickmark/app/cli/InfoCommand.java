package com.tickmark.app.cli;

import com.tickmark.app.FileTrees;
import com.tickmark.persistence.marketdata.MarketDataRepository;
import com.tickmark.persistence.refdata.ReferenceDataRepository;
import com.tickmark.persistence.trade.TradeRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code tickmark info}: what a workspace holds. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Shows what the workspace holds: the firm, its business date and how much data.")
final class InfoCommand implements Callable<Integer> {
  @ParentCommand TickmarkCommand root;

  @Override
  public Integer call() {
    Path dir = root.workspace();
    if (!Workspace.exists(dir)) {
      throw new UserException("There is no workspace in " + dir + ". Start the app, or run 'tickmark demo --workspace " + dir + "', to create one.");
    }
    try (Workspace ws = Workspace.open(dir)) {
      PrintStream out = root.out;
      SettingsRepository settings = new SettingsRepository(ws.dsl());
      ReferenceDataRepository refdata = new ReferenceDataRepository(ws.dsl());
      MarketDataRepository marketData = new MarketDataRepository(ws.dsl());
      TradeRepository trades = new TradeRepository(ws.dsl());
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
      row(out, "trades", String.format(Locale.ROOT, "%,d", trades.count())
          + (byDate.isEmpty() ? "" : " from " + byDate.firstKey() + " to " + byDate.lastKey()
              + " (" + byDate.size() + " trade dates)"));
      row(out, "inbox files", Integer.toString(FileTrees.countFiles(ws.inbox())));
      row(out, "logs", ws.logs().toString());
    }
    return TickmarkCommand.OK;
  }

  private static void row(PrintStream out, String label, String value) {
    out.printf(Locale.ROOT, "  %-15s %s%n", label, value);
  }
}
