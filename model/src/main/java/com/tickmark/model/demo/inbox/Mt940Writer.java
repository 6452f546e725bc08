package com.tickmark.model.demo.inbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes a statement as a SWIFT MT940 message (block 4 only, CRLF line ends, ending with '-'): :20:
 * :25: :28C: :60F: then per entry :61: and :86:, then :62F: and :64:. The :86: text quotes the
 * end-to-end id ({@code EREF+}) and names the counterparty ({@code /NAME/…/}) where the entry has
 * them, then the narrative.
 */
final class Mt940Writer {
  static final String EOL = "\r\n";
  private static final int LINE = 65;
  private static final int MAX_86_LINES = 6;

  private Mt940Writer() {}

  /** Writes the statement and returns, per entry, the number of its :61: line. */
  static int[] write(BankStatement s, LineOutput out) throws IOException {
    String currency = s.account().currency().code();
    String date = Text.yymmdd(s.date());
    String entryDate = Text.mmdd(s.date());
    out.write(":20:" + Text.truncate("ST" + date + Text.alnum(s.account().code()), 16));
    out.write(":25:" + Text.truncate(Text.swift(InboxData.number(s.account())), 35));
    out.write(":28C:" + Text.pad(s.number(), 5) + "/001");
    out.write(":60F:" + balance(s.opening(), s.openingDate(), currency));
    int[] lines = new int[s.entries().size()];
    for (int i = 0; i < lines.length; i++) {
      BankStatement.Entry e = s.entries().get(i);
      String valueDate = e.valueDate().equals(s.date()) ? date : Text.yymmdd(e.valueDate());
      lines[i] =
          out.append(":61:")
              .append(valueDate)
              .append(entryDate)
              .append(mark(e.amount()))
              .append(amount(e.amount()))
              .append(e.type().swiftCode)
              .append(Text.truncate(Text.swift(e.ourReference()), 16))
              .append("//")
              .append(Text.truncate(Text.swift(e.bankReference()), 16))
              .endLine();
      String details =
          (e.endToEndId().equals("NOTPROVIDED") ? "" : "EREF+" + e.endToEndId() + " ")
              + (e.counterpartyName().isEmpty() ? "" : "/NAME/" + e.counterpartyName() + "/ ")
              + e.narrative();
      writeDetails(Text.swift(Text.oneLine(details)), out);
    }
    String closing = balance(s.closing(), s.date(), currency);
    out.write(":62F:" + closing);
    out.write(":64:" + closing);
    out.write("-");
    return lines;
  }

  /** Field 86: up to six lines of 65 characters. */
  private static void writeDetails(String text, LineOutput out) throws IOException {
    int lines = 0;
    for (int start = 0; start < text.length() && lines < MAX_86_LINES; start += LINE, lines++) {
      String part = text.substring(start, Math.min(text.length(), start + LINE));
      out.write(lines == 0 ? ":86:" + part : part);
    }
  }

  private static String balance(BigDecimal amount, LocalDate date, String currency) {
    return mark(amount) + Text.yymmdd(date) + currency + amount(amount);
  }

  private static String mark(BigDecimal amount) {
    return amount.signum() < 0 ? "D" : "C";
  }

  /** The absolute amount with a comma as decimal separator: 1234,50. */
  static String amount(BigDecimal amount) {
    return Text.money(amount.abs()).toPlainString().replace('.', ',');
  }
}
