package com.tickmark.model.demo.inbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Writes a statement as an ISO 20022 camt.053.001.08 document, indented by two spaces, one element
 * per line except that wrappers of a single value stay on its line ({@code
 * <ValDt><Dt>..</Dt></ValDt>}), so that every entry starts on a line of its own. Times are derived
 * from the statement date (created at 21:00 UTC), never read from the clock.
 */
final class Camt053Writer {
  static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
  static final String EOL = "\n";
  private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}");
  private static final String[] INDENTS = {
    "", "  ", "    ", "      ", "        ", "          ", "            ", "              "
  };

  private final LineOutput out;

  private Camt053Writer(LineOutput out) {
    this.out = out;
  }

  /** Writes the statement and returns, per entry, the number of its {@code <Ntry>} line. */
  static int[] write(BankStatement s, LineOutput out) throws IOException {
    return new Camt053Writer(out).document(s);
  }

  private int[] document(BankStatement s) throws IOException {
    String currency = s.account().currency().code();
    String created = s.date() + "T21:00:00+00:00";
    String accountCode = Text.alnum(s.account().code());
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.write("<Document xmlns=\"" + NAMESPACE + "\">");
    open(1, "BkToCstmrStmt");
    open(2, "GrpHdr");
    leaf(3, "MsgId", Text.truncate("C53" + Text.basic(s.date()) + accountCode, 35));
    leaf(3, "CreDtTm", created);
    open(3, "MsgRcpt");
    leaf(4, "Nm", Text.truncate(s.firmName(), 140));
    close(3, "MsgRcpt");
    close(2, "GrpHdr");
    open(2, "Stmt");
    leaf(3, "Id", Text.truncate(accountCode + "-" + Text.basic(s.date()), 35));
    leaf(3, "ElctrncSeqNb", Integer.toString(s.number()));
    leaf(3, "LglSeqNb", Integer.toString(s.number()));
    leaf(3, "CreDtTm", created);
    open(3, "FrToDt");
    leaf(4, "FrDtTm", s.date() + "T00:00:00+00:00");
    leaf(4, "ToDtTm", s.date() + "T23:59:59+00:00");
    close(3, "FrToDt");
    open(3, "Acct");
    open(4, "Id");
    String number = InboxData.number(s.account()).replace(" ", "");
    if (IBAN.matcher(number).matches()) {
      leaf(5, "IBAN", number);
    } else {
      open(5, "Othr");
      leaf(6, "Id", Text.truncate(number, 34));
      close(5, "Othr");
    }
    close(4, "Id");
    leaf(4, "Ccy", currency);
    open(4, "Ownr");
    leaf(5, "Nm", Text.truncate(s.firmName(), 140));
    close(4, "Ownr");
    open(4, "Svcr");
    open(5, "FinInstnId");
    leaf(6, "BICFI", s.bank().bic().value());
    leaf(6, "Nm", Text.truncate(s.bank().name(), 140));
    close(5, "FinInstnId");
    close(4, "Svcr");
    close(3, "Acct");
    balance("OPBD", s.opening(), s.openingDate(), currency);
    balance("CLBD", s.closing(), s.date(), currency);
    summary(s);
    int[] lines = new int[s.entries().size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = entry(s, s.entries().get(i), currency);
    }
    close(2, "Stmt");
    close(1, "BkToCstmrStmt");
    out.write("</Document>");
    return lines;
  }

  private void balance(String type, BigDecimal amount, LocalDate date, String currency)
      throws IOException {
    open(3, "Bal");
    open(4, "Tp");
    open(5, "CdOrPrtry");
    leaf(6, "Cd", type);
    close(5, "CdOrPrtry");
    close(4, "Tp");
    amount(4, amount, currency);
    leaf(4, "CdtDbtInd", indicator(amount));
    open(4, "Dt");
    leaf(5, "Dt", date.toString());
    close(4, "Dt");
    close(3, "Bal");
  }

  private void summary(BankStatement s) throws IOException {
    int credits = 0;
    int debits = 0;
    BigDecimal creditSum = BigDecimal.ZERO;
    BigDecimal debitSum = BigDecimal.ZERO;
    for (BankStatement.Entry e : s.entries()) {
      if (e.amount().signum() < 0) {
        debits++;
        debitSum = debitSum.add(e.amount().negate());
      } else {
        credits++;
        creditSum = creditSum.add(e.amount());
      }
    }
    BigDecimal net = creditSum.subtract(debitSum);
    open(3, "TxsSummry");
    open(4, "TtlNtries");
    leaf(5, "NbOfNtries", Integer.toString(credits + debits));
    leaf(5, "Sum", Text.moneyText(creditSum.add(debitSum)));
    open(5, "TtlNetNtry");
    leaf(6, "Amt", Text.moneyText(net.abs()));
    leaf(6, "CdtDbtInd", indicator(net));
    close(5, "TtlNetNtry");
    close(4, "TtlNtries");
    open(4, "TtlCdtNtries");
    leaf(5, "NbOfNtries", Integer.toString(credits));
    leaf(5, "Sum", Text.moneyText(creditSum));
    close(4, "TtlCdtNtries");
    open(4, "TtlDbtNtries");
    leaf(5, "NbOfNtries", Integer.toString(debits));
    leaf(5, "Sum", Text.moneyText(debitSum));
    close(4, "TtlDbtNtries");
    close(3, "TxsSummry");
  }

  /** An entry; wrappers of a single value share its line, so an entry takes about fifteen lines. */
  private int entry(BankStatement s, BankStatement.Entry e, String currency) throws IOException {
    int line = open(3, "Ntry");
    amount(4, e.amount(), currency);
    leaf(4, "CdtDbtInd", indicator(e.amount()));
    out.append(INDENTS[4]).append("<Sts><Cd>BOOK</Cd></Sts>").endLine();
    out.append(INDENTS[4])
        .append("<BookgDt><Dt>")
        .append(s.date().toString())
        .append("</Dt></BookgDt>")
        .endLine();
    out.append(INDENTS[4])
        .append("<ValDt><Dt>")
        .append(e.valueDate().toString())
        .append("</Dt></ValDt>")
        .endLine();
    leaf(4, "AcctSvcrRef", Text.truncate(e.bankReference(), 35));
    out.append(INDENTS[4]).append(e.type().bankTransactionCode).endLine();
    open(4, "NtryDtls");
    open(5, "TxDtls");
    out.append(INDENTS[6]).append("<Refs>");
    if (!e.ourReference().equals("NONREF")) {
      out.append("<InstrId>")
          .append(Text.xml(Text.truncate(e.ourReference(), 35)))
          .append("</InstrId>");
    }
    out.append("<EndToEndId>")
        .append(Text.xml(Text.truncate(e.endToEndId(), 35)))
        .append("</EndToEndId></Refs>")
        .endLine();
    if (!e.counterpartyName().isEmpty()) {
      // who paid us (a credit) or whom we paid (a debit)
      String party = e.amount().signum() < 0 ? "Cdtr" : "Dbtr";
      out.append(INDENTS[6])
          .append("<RltdPties><")
          .append(party)
          .append("><Pty><Nm>")
          .append(Text.xml(Text.truncate(e.counterpartyName(), 140)))
          .append("</Nm></Pty></")
          .append(party)
          .append("></RltdPties>")
          .endLine();
    }
    out.append(INDENTS[6])
        .append("<RmtInf><Ustrd>")
        .append(Text.xml(Text.truncate(Text.oneLine(e.narrative()), 140)))
        .append("</Ustrd></RmtInf>")
        .endLine();
    if (!e.isin().isEmpty()) {
      out.append(INDENTS[6])
          .append("<FinInstrmId><ISIN>")
          .append(e.isin())
          .append("</ISIN></FinInstrmId>")
          .endLine();
    }
    close(5, "TxDtls");
    close(4, "NtryDtls");
    leaf(4, "AddtlNtryInf", e.type().label);
    close(3, "Ntry");
    return line;
  }

  private void amount(int depth, BigDecimal amount, String currency) throws IOException {
    out.append(INDENTS[depth])
        .append("<Amt Ccy=\"")
        .append(currency)
        .append("\">")
        .append(Text.moneyText(amount.abs()))
        .append("</Amt>")
        .endLine();
  }

  private static String indicator(BigDecimal amount) {
    return amount.signum() < 0 ? "DBIT" : "CRDT";
  }

  private int open(int depth, String tag) throws IOException {
    return out.append(INDENTS[depth]).append('<').append(tag).append('>').endLine();
  }

  private void close(int depth, String tag) throws IOException {
    out.append(INDENTS[depth]).append("</").append(tag).append('>').endLine();
  }

  private void leaf(int depth, String tag, String value) throws IOException {
    out.append(INDENTS[depth])
        .append('<')
        .append(tag)
        .append('>')
        .append(Text.xml(value))
        .append("</")
        .append(tag)
        .append('>')
        .endLine();
  }
}
