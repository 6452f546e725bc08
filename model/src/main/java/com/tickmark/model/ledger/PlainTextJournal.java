package com.tickmark.model.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the posted journal in a plain-text accounting format, so that ledger-cli, hledger or
 * beancount compute the account balances from it independently of Tickmark. Only amounts in the
 * lines' currencies are written: revaluation lines, which move the reporting amount alone, have
 * none, and an entry with nothing else is left out.
 */
public final class PlainTextJournal {
  /** The formats written. */
  public enum Format {
    /** ledger-cli's journal, which hledger reads too. */
    LEDGER,
    BEANCOUNT
  }

  private final ChartOfAccounts chart;
  private final Format format;

  public PlainTextJournal(ChartOfAccounts chart, Format format) {
    this.chart = chart;
    this.format = format;
  }

  /**
   * The name the tools know {@code code} by: its class, then its code (and, for ledger, its name),
   * as {@code Assets:1100 Cash} or, for beancount, {@code Assets:1100}.
   */
  public String accountName(String code) {
    LedgerAccount a = chart.get(code);
    String root = a.accountClass().label();
    return format == Format.BEANCOUNT
        ? root + ":" + code.replace('.', '-')
        : root + ":" + code + " " + a.name().replace("  ", " ").replace(';', ',');
  }

  /** Writes the header (beancount's account openings) before the first entry. */
  public void writeHeader(Writer out, LocalDate firstDate) {
    if (format != Format.BEANCOUNT) {
      write(out, "; Tickmark journal, exported for ledger-cli and hledger\n\n");
      return;
    }
    StringBuilder b = new StringBuilder("; Tickmark journal, exported for beancount\n");
    for (LedgerAccount a : chart.accounts()) {
      if (!a.header()) {
        b.append(firstDate).append(" open ").append(accountName(a.code())).append('\n');
      }
    }
    write(out, b.append('\n').toString());
  }

  /** Writes one posted entry; nothing when it has no amount in a line's currency. */
  public void writeEntry(Writer out, JournalEntry entry) {
    List<JournalLine> lines = new ArrayList<>();
    for (JournalLine l : entry.content().lines()) {
      if (l.amount().signum() != 0) {
        lines.add(l);
      }
    }
    if (lines.isEmpty()) {
      return;
    }
    EntryDraft d = entry.content();
    String payee =
        (d.description().isBlank() ? d.kind().label() : d.description()).replace('"', '\'').trim();
    StringBuilder b = new StringBuilder();
    b.append(d.date());
    if (format == Format.BEANCOUNT) {
      b.append(" * \"").append(payee).append("\"\n");
      b.append("  entry: \"").append(entry.id()).append("\"\n");
    } else {
      b.append(" * ")
          .append(payee.replace(';', ','))
          .append("  ; entry ")
          .append(entry.id())
          .append('\n');
    }
    for (JournalLine l : lines) {
      b.append("    ")
          .append(accountName(l.account()))
          .append("  ")
          .append(l.amount().toPlainString())
          .append(' ')
          .append(l.currency().code().toUpperCase(Locale.ROOT))
          .append('\n');
    }
    write(out, b.append('\n').toString());
  }

  private static void write(Writer out, String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
