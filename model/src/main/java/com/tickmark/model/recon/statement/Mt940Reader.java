package com.tickmark.model.recon.statement;

import com.prowidesoftware.swift.model.field.Field28C;
import com.prowidesoftware.swift.model.field.Field60F;
import com.prowidesoftware.swift.model.field.Field61;
import com.tickmark.model.intake.ImportProblem;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SWIFT MT940 customer statements: the file is cut into tags, line by line, so that every
 * problem names its line; Prowide Core splits each field into its components, and each component
 * is then checked here (Prowide is lenient: it reads {@code 00.12} as zero). A file may hold
 * several statements, with or without the {@code {1:..}{2:..}{4:} envelope, each ending with
 * {@code -} or followed directly by the next {@code :20:}; lines before a statement's {@code :20:}
 * (a bank's header block, {@code 940}) are skipped. Tags: {@code :20: [:21:] :25: :28C:
 * :60F:|:60M: (:61: [:86:]...)* :62F:|:62M: [:64:] [:65:]* [:86:]}; a continuation line belongs to
 * the tag above it, and several {@code :86:} after one {@code :61:} are read as one.
 */
final class Mt940Reader {
  private static final Pattern TAG = Pattern.compile(":([0-9]{2}[A-Z]?):(.*)");
  private static final Pattern END = Pattern.compile("-(}.*|[A-Z]{0,3})");
  private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,15},[0-9]*");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,5}");
  private static final Set<String> MARKS = Set.of("C", "D", "RC", "RD");
  private static final int LINE_LENGTH = 65;

  /** One tag of the file, with the lines it spans. */
  private record Tag(int line, String name, List<String> lines) {
    String value() {
      return String.join("\n", lines);
    }

    /** The tag as a problem's field: {@code :62F}, shown as {@code :62F: message}. */
    String field() {
      return ":" + name;
    }
  }

  private final List<ImportProblem> problems;

  /** The statement being read's currency: its opening balance's, once read. */
  private String currency;

  Mt940Reader(List<ImportProblem> problems) {
    this.problems = problems;
  }

  List<BankStatement> read(List<String> lines) {
    List<List<Tag>> messages = tags(lines);
    List<BankStatement> statements = new ArrayList<>();
    for (List<Tag> message : messages) {
      BankStatement s = statement(message);
      if (s != null) {
        statements.add(s);
      }
    }
    if (messages.isEmpty() && problems.isEmpty()) {
      problems.add(
          new ImportProblem(1, "file", "has no MT940 statement (no line starts with :20:)"));
    }
    return statements;
  }

  /** The file's statements, each as its tags; a tag outside a statement is a problem. */
  private List<List<Tag>> tags(List<String> lines) {
    List<List<Tag>> messages = new ArrayList<>();
    List<Tag> message = null;
    Tag tag = null;
    int ended = 0;
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i);
      int block4 = line.indexOf("{4:");
      if (line.startsWith("{1:") && block4 >= 0) {
        line = line.substring(block4 + 3);
      } else if (line.startsWith("{")) {
        continue; // {5:} trailer, or an envelope without a text block
      }
      if (line.isBlank()) {
        continue;
      }
      if (END.matcher(line.strip()).matches()) {
        message = null;
        tag = null;
        ended = number;
        continue;
      }
      Matcher m = TAG.matcher(line);
      if (m.matches()) {
        String name = m.group(1);
        if (name.equals("20")) {
          message = new ArrayList<>();
          messages.add(message);
        } else if (message == null) {
          problems.add(
              new ImportProblem(
                  number,
                  ":" + name,
                  "is outside a statement ("
                      + (ended > 0 ? "the statement above ended on line " + ended + "; " : "")
                      + "a statement starts with :20:)"));
        }
        tag = new Tag(number, name, new ArrayList<>(List.of(m.group(2))));
        if (message != null) {
          message.add(tag);
        }
      } else if (tag != null) {
        tag.lines().add(line);
      }
      // else: a bank's header block before the statement
    }
    return messages;
  }

  private BankStatement statement(List<Tag> tags) {
    int before = problems.size();
    Tag first = tags.get(0);
    int next = 1;
    if (next < tags.size() && tags.get(next).name().equals("21")) {
      next++;
    }
    Tag account = expect(tags, next, first, "25");
    next += account == null ? 0 : 1;
    Tag number = expect(tags, next, first, "28C", "28");
    next += number == null ? 0 : 1;
    Tag opening = expect(tags, next, first, "60F", "60M");
    next++;
    if (problems.size() > before) {
      return null;
    }
    String accountText = account.value().strip();
    if (accountText.isEmpty()) {
      problems.add(new ImportProblem(account.line(), account.field(), "is empty"));
    }
    Field28C numbers = new Field28C(number.value().strip());
    String statementNumber = numbers.getStatementNumber();
    String sequence = numbers.getSequenceNumber();
    if (statementNumber == null
        || !NUMBER.matcher(statementNumber).matches()
        || (sequence != null && !NUMBER.matcher(sequence).matches())) {
      problems.add(
          new ImportProblem(
              number.line(),
              number.field(),
              "'"
                  + number.value()
                  + "' is not a statement number with an optional page (5n[/5n])"));
    }
    currency = null;
    StatementBalance open = balance(opening);
    List<StatementEntry> entries = new ArrayList<>();
    Tag closingTag = null;
    for (int i = next; i < tags.size(); i++) {
      Tag t = tags.get(i);
      switch (t.name()) {
        case "61" -> {
          if (closingTag != null) {
            problems.add(
                new ImportProblem(
                    t.line(),
                    t.field(),
                    "comes after the closing balance (line " + closingTag.line() + ")"));
            continue;
          }
          List<String> details = new ArrayList<>();
          while (i + 1 < tags.size() && tags.get(i + 1).name().equals("86")) {
            details.add(information(tags.get(++i)));
          }
          StatementEntry e = entry(t, String.join(" ", details), open);
          if (e != null) {
            entries.add(e);
          }
        }
        case "62F", "62M" -> {
          if (closingTag != null) {
            problems.add(
                new ImportProblem(
                    t.line(),
                    t.field(),
                    "is a second closing balance (the first is on line "
                        + closingTag.line()
                        + ")"));
          }
          closingTag = t;
        }
        case "64", "65" -> {
          if (closingTag == null) {
            problems.add(
                new ImportProblem(t.line(), t.field(), "comes before the closing balance :62F:"));
          } else {
            balance(t);
          }
        }
        case "86" -> {
          if (closingTag == null) {
            problems.add(
                new ImportProblem(t.line(), t.field(), "does not follow a statement line :61:"));
          }
        }
        default ->
            problems.add(
                new ImportProblem(
                    t.line(),
                    t.field(),
                    "is not a field of an MT940 statement (:20: :21: :25: :28C: :60F: :61: :86:"
                        + " :62F: :64: :65:)"));
      }
    }
    if (closingTag == null) {
      Tag last = tags.get(tags.size() - 1);
      problems.add(
          new ImportProblem(
              last.line() + last.lines().size() - 1,
              ":62F",
              "the statement that starts on line " + first.line() + " has no closing balance"));
      return null;
    }
    StatementBalance close = balance(closingTag);
    if (problems.size() > before || open == null || close == null) {
      return null;
    }
    return new BankStatement(
        first.line(),
        accountText,
        account.line(),
        currency,
        statementNumber,
        sequence,
        open,
        close,
        entries);
  }

  /** The tag at {@code index} when it is one of {@code names}; otherwise a problem and null. */
  private Tag expect(List<Tag> tags, int index, Tag first, String... names) {
    String wanted = ":" + names[0];
    if (index < tags.size() && List.of(names).contains(tags.get(index).name())) {
      return tags.get(index);
    }
    Tag found = index < tags.size() ? tags.get(index) : tags.get(tags.size() - 1);
    problems.add(
        new ImportProblem(
            found.line(),
            wanted,
            "is required here, in the statement that starts on line "
                + first.line()
                + (index < tags.size() ? "; found " + found.field() + ":" : "")));
    return null;
  }

  /**
   * A balance field ({@code :60F:}, {@code :62M:}, {@code :64:}...): D/C mark, YYMMDD date,
   * currency and amount. The first currency read (the opening balance's) is the statement's; every
   * other balance must be in it.
   */
  private StatementBalance balance(Tag tag) {
    Field60F f = new Field60F(tag.value().strip());
    int before = problems.size();
    String mark = f.getDCMark();
    if (!"C".equals(mark) && !"D".equals(mark)) {
      problems.add(
          new ImportProblem(tag.line(), tag.field(), "'" + tag.value() + "' has no C or D mark"));
      return null;
    }
    LocalDate date = date(tag, f.getDate());
    BigDecimal amount = inCurrency(tag, f.getCurrency()) ? amount(tag, f.getAmount()) : null;
    if (problems.size() > before || date == null || amount == null) {
      return null;
    }
    return new StatementBalance(
        tag.line(),
        tag.field(),
        date,
        mark.equals("D") ? amount.negate() : amount,
        tag.name().endsWith("M"));
  }

  private StatementEntry entry(Tag tag, String information, StatementBalance opening) {
    Field61 f = new Field61(tag.value());
    int before = problems.size();
    LocalDate valueDate = date(tag, f.getValueDate());
    String mark = f.getDebitCreditMark();
    if (mark == null || !MARKS.contains(mark)) {
      problems.add(
          new ImportProblem(
              tag.line(),
              tag.field(),
              "'"
                  + tag.lines().get(0)
                  + "' has no debit/credit mark (C, D, RC, RD) after the dates"));
      return null;
    }
    BigDecimal amount = amount(tag, f.getAmount());
    String type = f.getTransactionType();
    String code = f.getIdentificationCode();
    if (type == null
        || !Set.of("N", "F", "S").contains(type)
        || code == null
        || code.length() != 3) {
      problems.add(
          new ImportProblem(
              tag.line(),
              tag.field(),
              "'"
                  + tag.lines().get(0)
                  + "' has no transaction type (N, F or S and three characters: NTRF) after the"
                  + " amount"));
    }
    String customer = f.getReferenceForTheAccountOwner();
    if (customer == null || customer.isBlank()) {
      problems.add(
          new ImportProblem(
              tag.line(),
              tag.field(),
              "'"
                  + tag.lines().get(0)
                  + "' has no reference for the account owner (NONREF when there is none)"));
    }
    if (problems.size() > before || valueDate == null || amount == null || opening == null) {
      return null;
    }
    LocalDate booking = bookingDate(tag, f.getEntryDate(), valueDate);
    boolean debit = mark.equals("D") || mark.equals("RC");
    Mt940Details details = Mt940Details.of(information);
    return new StatementEntry(
        tag.line(),
        valueDate,
        booking,
        debit ? amount.negate() : amount,
        mark,
        type + code,
        details.endToEndId(),
        blankToNull(f.getReferenceOfTheAccountServicingInstitution()),
        customer.strip().equals("NONREF") ? null : customer.strip(),
        details.name(),
        details.account(),
        information);
  }

  /** The entry date (MMDD) in the year that puts it nearest the value date. */
  private LocalDate bookingDate(Tag tag, String mmdd, LocalDate valueDate) {
    if (mmdd == null || mmdd.isEmpty()) {
      return null;
    }
    try {
      MonthDay md =
          MonthDay.of(Integer.parseInt(mmdd.substring(0, 2)), Integer.parseInt(mmdd.substring(2)));
      LocalDate best = null;
      for (int year = valueDate.getYear() - 1; year <= valueDate.getYear() + 1; year++) {
        if (!md.isValidYear(year)) {
          continue;
        }
        LocalDate d = md.atYear(year);
        if (best == null
            || Math.abs(d.toEpochDay() - valueDate.toEpochDay())
                < Math.abs(best.toEpochDay() - valueDate.toEpochDay())) {
          best = d;
        }
      }
      return best;
    } catch (DateTimeException | NumberFormatException e) {
      problems.add(
          new ImportProblem(tag.line(), tag.field(), "'" + mmdd + "' is not an entry date (MMDD)"));
      return null;
    }
  }

  private LocalDate date(Tag tag, String yymmdd) {
    if (yymmdd != null && yymmdd.length() == 6 && yymmdd.chars().allMatch(Character::isDigit)) {
      try {
        return LocalDate.of(
            2000 + Integer.parseInt(yymmdd.substring(0, 2)),
            Integer.parseInt(yymmdd.substring(2, 4)),
            Integer.parseInt(yymmdd.substring(4)));
      } catch (DateTimeException e) {
        // reported below
      }
    }
    problems.add(
        new ImportProblem(
            tag.line(),
            tag.field(),
            "'" + (yymmdd == null ? tag.lines().get(0) : yymmdd) + "' is not a date (YYMMDD)"));
    return null;
  }

  /**
   * Whether {@code code} is a currency and the statement's: the first one read (the opening
   * balance's) becomes the statement's.
   */
  private boolean inCurrency(Tag tag, String code) {
    if (code == null || !CURRENCY.matcher(code).matches() || StatementAmounts.scale(code) < 0) {
      problems.add(
          new ImportProblem(
              tag.line(), tag.field(), "'" + code + "' is not an ISO 4217 currency code"));
      return false;
    }
    if (currency == null) {
      currency = code;
    } else if (!currency.equals(code)) {
      problems.add(
          new ImportProblem(
              tag.line(),
              tag.field(),
              "is in "
                  + code
                  + ", but the statement is in "
                  + currency
                  + " (one currency per statement)"));
      return false;
    }
    return true;
  }

  /** An amount with a comma as decimal separator, in the statement's currency. */
  private BigDecimal amount(Tag tag, String text) {
    if (text == null || !AMOUNT.matcher(text).matches()) {
      problems.add(
          new ImportProblem(
              tag.line(),
              tag.field(),
              "'"
                  + (text == null ? tag.lines().get(0) : text)
                  + "' is not an amount (digits with a decimal comma: 1234,56)"));
      return null;
    }
    String plain =
        text.endsWith(",") ? text.substring(0, text.length() - 1) : text.replace(',', '.');
    int scale = StatementAmounts.scale(currency);
    BigDecimal amount = StatementAmounts.atScale(new BigDecimal(plain), scale);
    if (amount == null) {
      problems.add(
          new ImportProblem(
              tag.line(),
              tag.field(),
              text + " has more decimals than " + currency + " has (" + scale + ")"));
    }
    return amount;
  }

  /**
   * The text of a {@code :86:}: its lines joined, directly where a line is full (65 characters,
   * wrapped by the bank mid-text) and with a space where the bank ended it.
   */
  private static String information(Tag tag) {
    StringBuilder text = new StringBuilder();
    int previous = 0;
    for (int i = 0; i < tag.lines().size(); i++) {
      String line = tag.lines().get(i);
      if (i > 0 && previous < LINE_LENGTH) {
        text.append(' ');
      }
      text.append(line);
      previous = (i == 0 ? tag.name().length() + 2 : 0) + line.length();
    }
    return text.toString().strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
