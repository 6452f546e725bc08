package com.tickmark.model.recon.statement;

import com.tickmark.model.intake.ImportProblem;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ISO 20022 camt.053 bank-to-customer statements with the JDK's streaming parser (StAX), so
 * that every problem names the line of its element. Every version from 001.02 on is read, told
 * apart by the document's namespace; the elements read here are the same in all of them (a party's
 * name moved under {@code Pty} in 001.08, and both places are read). A file may hold several {@code
 * Stmt}. The opening balance is {@code OPBD} (or {@code PRCD}), the closing one {@code CLBD}; only
 * booked entries ({@code Sts} BOOK) are the statement's movements. DTDs and external entities are
 * refused.
 */
final class Camt053Reader {
  static final Pattern NAMESPACE =
      Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.053\\.001\\.([0-9]{2})");
  private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,18}(\\.[0-9]{1,5})?");

  private final List<ImportProblem> problems;
  private String version;

  Camt053Reader(List<ImportProblem> problems) {
    this.problems = problems;
  }

  /** The namespace's version ({@code 001.08}) once read; null when the file is not camt.053. */
  String version() {
    return version;
  }

  /** An amount element as read: its text, currency and line. */
  private record Amount(int line, String text, String currency) {}

  private static final class Balance {
    final int line;
    String type;
    Amount amount;
    String indicator;
    String date;

    Balance(int line) {
      this.line = line;
    }
  }

  private static final class Entry {
    final int line;
    Amount amount;
    String indicator;
    String status;
    String bookingDate;
    String valueDate;
    String entryRef;
    String servicerRef;
    String domain;
    String family;
    String subFamily;
    String proprietary;
    String endToEndId;
    String instructionId;
    String debtor;
    String creditor;
    String debtorAccount;
    String creditorAccount;
    final List<String> remittance = new ArrayList<>();
    String additional;

    Entry(int line) {
      this.line = line;
    }
  }

  private static final class Statement {
    final int line;
    String id;
    String electronicNumber;
    String legalNumber;
    String account;
    int accountLine;
    String accountCurrency;
    final List<Balance> balances = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();

    Statement(int line) {
      this.line = line;
    }
  }

  List<BankStatement> read(byte[] content) {
    List<BankStatement> statements = new ArrayList<>();
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    Deque<String> path = new ArrayDeque<>();
    StringBuilder text = new StringBuilder();
    Statement stmt = null;
    Balance bal = null;
    Entry ntry = null;
    String currency = null;
    int amountLine = 0;
    int lastLine = 1;
    XMLStreamReader xml = null;
    try {
      xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
      while (xml.hasNext()) {
        int event = xml.next();
        lastLine = Math.max(lastLine, xml.getLocation().getLineNumber());
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (path.isEmpty() && !root(xml)) {
            return List.of();
          }
          path.push(name);
          text.setLength(0);
          switch (name) {
            case "Stmt" -> stmt = new Statement(lastLine);
            case "Bal" -> bal = stmt == null ? null : new Balance(lastLine);
            case "Ntry" -> ntry = stmt == null ? null : new Entry(lastLine);
            case "Amt" -> {
              currency = xml.getAttributeValue(null, "Ccy");
              amountLine = lastLine;
            }
            default -> {
              // read at its end
            }
          }
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String value = text.toString().strip();
          text.setLength(0);
          String where = relative(path);
          String inStmt = where.startsWith("Stmt/") ? where.substring(5) : where;
          path.pop();
          if (ntry != null) {
            if (inStmt.equals("Ntry")) {
              stmt.entries.add(ntry);
              ntry = null;
            } else {
              entry(ntry, where, value, new Amount(amountLine, value, currency));
            }
          } else if (bal != null) {
            if (inStmt.equals("Bal")) {
              stmt.balances.add(bal);
              bal = null;
            } else {
              switch (inStmt) {
                case "Bal/Tp/CdOrPrtry/Cd" -> bal.type = value;
                case "Bal/Amt" -> bal.amount = new Amount(amountLine, value, currency);
                case "Bal/CdtDbtInd" -> bal.indicator = value;
                case "Bal/Dt/Dt", "Bal/Dt/DtTm" -> bal.date = value;
                default -> {
                  // not needed
                }
              }
            }
          } else if (stmt != null) {
            switch (where) {
              case "Stmt" -> {
                BankStatement s = statement(stmt);
                if (s != null) {
                  statements.add(s);
                }
                stmt = null;
              }
              case "Stmt/Id" -> stmt.id = value;
              case "Stmt/ElctrncSeqNb" -> stmt.electronicNumber = value;
              case "Stmt/LglSeqNb" -> stmt.legalNumber = value;
              case "Stmt/Acct/Id/IBAN", "Stmt/Acct/Id/Othr/Id" -> {
                stmt.account = value;
                stmt.accountLine = lastLine;
              }
              case "Stmt/Acct/Ccy" -> stmt.accountCurrency = value;
              default -> {
                // not needed
              }
            }
          }
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? lastLine : e.getLocation().getLineNumber();
      problems.add(new ImportProblem(Math.max(line, 1), "xml", xmlMessage(e)));
      return List.of();
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // nothing to release
        }
      }
    }
    if (statements.isEmpty() && problems.isEmpty()) {
      problems.add(new ImportProblem(lastLine, "Stmt", "the file has no statement (Stmt)"));
    }
    return statements;
  }

  /** Checks the root element: a camt.053 {@code Document} of version 001.02 or later. */
  private boolean root(XMLStreamReader xml) {
    String ns = xml.getNamespaceURI();
    Matcher m = ns == null ? null : NAMESPACE.matcher(ns);
    int line = xml.getLocation().getLineNumber();
    if (!xml.getLocalName().equals("Document") || m == null || !m.matches()) {
      problems.add(
          new ImportProblem(
              line,
              xml.getLocalName(),
              "is not a camt.053 statement (a Document in namespace"
                  + " urn:iso:std:iso:20022:tech:xsd:camt.053.001.NN); its namespace is "
                  + (ns == null || ns.isEmpty() ? "none" : ns)));
      return false;
    }
    if (Integer.parseInt(m.group(1)) < 2) {
      problems.add(
          new ImportProblem(
              line,
              "Document",
              "camt.053.001." + m.group(1) + " is not read (001.02 and later are)"));
      return false;
    }
    version = "001." + m.group(1);
    return true;
  }

  /** The element's path from {@code Stmt} ({@code Stmt/Acct/Id/IBAN}), or its name outside one. */
  private static String relative(Deque<String> path) {
    List<String> names = new ArrayList<>(path);
    int stmt = names.indexOf("Stmt");
    if (stmt < 0) {
      return names.get(0);
    }
    StringBuilder b = new StringBuilder();
    for (int i = stmt; i >= 0; i--) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(names.get(i));
    }
    return b.toString();
  }

  private static void entry(Entry e, String where, String value, Amount amount) {
    String at = where.substring(5);
    String tx = at.startsWith("Ntry/NtryDtls/TxDtls/") ? at.substring(21) : null;
    switch (at) {
      case "Ntry/Amt" -> e.amount = amount;
      case "Ntry/CdtDbtInd" -> e.indicator = value;
      case "Ntry/Sts", "Ntry/Sts/Cd" -> e.status = value.isEmpty() ? e.status : value;
      case "Ntry/BookgDt/Dt", "Ntry/BookgDt/DtTm" -> e.bookingDate = value;
      case "Ntry/ValDt/Dt", "Ntry/ValDt/DtTm" -> e.valueDate = value;
      case "Ntry/NtryRef" -> e.entryRef = value;
      case "Ntry/AcctSvcrRef" -> e.servicerRef = value;
      case "Ntry/BkTxCd/Domn/Cd" -> e.domain = value;
      case "Ntry/BkTxCd/Domn/Fmly/Cd" -> e.family = value;
      case "Ntry/BkTxCd/Domn/Fmly/SubFmlyCd" -> e.subFamily = value;
      case "Ntry/BkTxCd/Prtry/Cd" -> e.proprietary = value;
      case "Ntry/AddtlNtryInf" -> e.additional = value;
      default -> {
        if (tx != null) {
          transaction(e, tx, value);
        }
      }
    }
  }

  /** A value of the entry's transaction details: the first transaction's, except remittance. */
  private static void transaction(Entry e, String tx, String value) {
    switch (tx) {
      case "Refs/EndToEndId" -> e.endToEndId = first(e.endToEndId, value);
      case "Refs/InstrId" -> e.instructionId = first(e.instructionId, value);
      case "RmtInf/Ustrd" -> e.remittance.add(value);
      case "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm" -> e.debtor = first(e.debtor, value);
      case "RltdPties/Cdtr/Nm", "RltdPties/Cdtr/Pty/Nm" -> e.creditor = first(e.creditor, value);
      case "RltdPties/DbtrAcct/Id/IBAN", "RltdPties/DbtrAcct/Id/Othr/Id" ->
          e.debtorAccount = first(e.debtorAccount, value);
      case "RltdPties/CdtrAcct/Id/IBAN", "RltdPties/CdtrAcct/Id/Othr/Id" ->
          e.creditorAccount = first(e.creditorAccount, value);
      default -> {
        // not needed
      }
    }
  }

  private static String first(String kept, String value) {
    return kept != null || value.isEmpty() ? kept : value;
  }

  private BankStatement statement(Statement s) {
    int before = problems.size();
    if (s.account == null || s.account.isEmpty()) {
      problems.add(new ImportProblem(s.line, "Acct", "the statement has no account (Acct/Id)"));
    }
    Balance openingBal = balanceOfType(s, "OPBD");
    if (openingBal == null) {
      openingBal = balanceOfType(s, "PRCD");
    }
    Balance closingBal = balanceOfType(s, "CLBD");
    if (openingBal == null) {
      problems.add(
          new ImportProblem(
              s.line, "Bal", "the statement has no opening balance (Bal of type OPBD or PRCD)"));
    }
    if (closingBal == null) {
      problems.add(
          new ImportProblem(
              s.line, "Bal", "the statement has no closing balance (Bal of type CLBD)"));
    }
    String currency = s.accountCurrency;
    if (currency == null && openingBal != null && openingBal.amount != null) {
      currency = openingBal.amount.currency();
    }
    if (currency == null || StatementAmounts.scale(currency) < 0) {
      problems.add(
          new ImportProblem(
              s.line,
              "Ccy",
              currency == null
                  ? "the statement's currency is not given (Acct/Ccy or the opening balance's Ccy)"
                  : "'" + currency + "' is not an ISO 4217 currency code"));
      return null;
    }
    StatementBalance opening = null;
    StatementBalance closing = null;
    for (Balance b : s.balances) {
      StatementBalance read = balance(b, currency);
      if (b == openingBal) {
        opening = read;
      } else if (b == closingBal) {
        closing = read;
      }
    }
    List<StatementEntry> entries = new ArrayList<>();
    for (Entry e : s.entries) {
      StatementEntry read = entry(e, currency);
      if (read != null) {
        entries.add(read);
      }
    }
    if (problems.size() > before || opening == null || closing == null) {
      return null;
    }
    String number =
        s.electronicNumber != null
            ? s.electronicNumber
            : s.legalNumber != null ? s.legalNumber : s.id;
    return new BankStatement(
        s.line,
        s.account,
        s.accountLine,
        currency,
        number == null ? "" : number,
        null,
        opening,
        closing,
        entries);
  }

  /** The statement's one balance of {@code type}; a second one is a problem. */
  private Balance balanceOfType(Statement s, String type) {
    Balance found = null;
    for (Balance b : s.balances) {
      if (type.equals(b.type)) {
        if (found != null) {
          problems.add(
              new ImportProblem(
                  b.line,
                  "Bal " + type,
                  "is the statement's second "
                      + type
                      + " balance (the first is on line "
                      + found.line
                      + ")"));
        } else {
          found = b;
        }
      }
    }
    return found;
  }

  private StatementBalance balance(Balance b, String currency) {
    String field = "Bal " + (b.type == null ? "" : b.type);
    if (b.type == null) {
      problems.add(new ImportProblem(b.line, "Bal", "has no type (Tp/CdOrPrtry/Cd)"));
    }
    BigDecimal amount = amount(b.amount, b.line, field, currency);
    BigDecimal signed = signed(amount, b.indicator, b.line, field);
    LocalDate date = date(b.date, b.line, field + " Dt");
    if (b.type == null || signed == null || date == null) {
      return null;
    }
    return new StatementBalance(b.line, field, date, signed, false);
  }

  private StatementEntry entry(Entry e, String currency) {
    BigDecimal amount = amount(e.amount, e.line, "Ntry Amt", currency);
    BigDecimal signed = signed(amount, e.indicator, e.line, "Ntry");
    if (e.status != null && !e.status.equals("BOOK")) {
      return null; // pending or for information: not a movement of the booked balance
    }
    LocalDate booking = e.bookingDate == null ? null : date(e.bookingDate, e.line, "Ntry BookgDt");
    LocalDate value = e.valueDate == null ? booking : date(e.valueDate, e.line, "Ntry ValDt");
    if (e.valueDate == null && e.bookingDate == null) {
      problems.add(
          new ImportProblem(e.line, "Ntry", "has neither a booking date nor a value date"));
    }
    if (signed == null || value == null) {
      return null;
    }
    String type =
        e.domain != null
            ? String.join("/", e.domain, String.valueOf(e.family), String.valueOf(e.subFamily))
            : e.proprietary;
    boolean credit = signed.signum() > 0 || "CRDT".equals(e.indicator);
    String information =
        !e.remittance.isEmpty()
            ? String.join(" ", e.remittance)
            : e.additional == null ? "" : e.additional;
    return new StatementEntry(
        e.line,
        value,
        booking,
        signed,
        e.indicator,
        type,
        e.endToEndId == null || e.endToEndId.equals("NOTPROVIDED") ? null : e.endToEndId,
        e.servicerRef,
        e.entryRef != null ? e.entryRef : e.instructionId,
        credit ? e.debtor : e.creditor,
        credit ? e.debtorAccount : e.creditorAccount,
        information);
  }

  private BigDecimal amount(Amount a, int line, String field, String currency) {
    if (a == null) {
      problems.add(new ImportProblem(line, field, "has no amount (Amt)"));
      return null;
    }
    if (a.currency() == null || !a.currency().equals(currency)) {
      problems.add(
          new ImportProblem(
              a.line(),
              field,
              a.currency() == null
                  ? "has no currency (Ccy)"
                  : "is in "
                      + a.currency()
                      + ", but the statement is in "
                      + currency
                      + " (one currency per statement)"));
      return null;
    }
    if (!AMOUNT.matcher(a.text()).matches()) {
      problems.add(
          new ImportProblem(
              a.line(),
              field,
              "'" + a.text() + "' is not an amount (digits with a decimal point)"));
      return null;
    }
    BigDecimal amount =
        StatementAmounts.atScale(new BigDecimal(a.text()), StatementAmounts.scale(currency));
    if (amount == null) {
      problems.add(
          new ImportProblem(
              a.line(),
              field,
              a.text()
                  + " has more decimals than "
                  + currency
                  + " has ("
                  + StatementAmounts.scale(currency)
                  + ")"));
    }
    return amount;
  }

  private BigDecimal signed(BigDecimal amount, String indicator, int line, String field) {
    if (!"CRDT".equals(indicator) && !"DBIT".equals(indicator)) {
      problems.add(
          new ImportProblem(
              line,
              field + " CdtDbtInd",
              indicator == null
                  ? "is required (CRDT or DBIT)"
                  : "'" + indicator + "' is not CRDT or DBIT"));
      return null;
    }
    return amount == null ? null : indicator.equals("DBIT") ? amount.negate() : amount;
  }

  private LocalDate date(String text, int line, String field) {
    if (text == null) {
      problems.add(new ImportProblem(line, field, "is required"));
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problems.add(new ImportProblem(line, field, "'" + text + "' is not a date (YYYY-MM-DD)"));
      return null;
    }
  }

  private static String xmlMessage(XMLStreamException e) {
    String m = e.getMessage() == null ? "cannot be read" : e.getMessage();
    int detail = m.indexOf("Message: ");
    return "is not well-formed XML: " + (detail >= 0 ? m.substring(detail + 9) : m);
  }
}
