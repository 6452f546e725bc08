package com.tickmark.model.trade.imports;

import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeCells;
import com.tickmark.model.intake.IsoInstants;
import com.tickmark.model.money.PlainDecimal;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeField;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeRules;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeTerms;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A trade file's row as a {@link Trade}: the file's own formats read (side codes, the profile's
 * date, time and decimal formats, a broker's profile naming the counterparty), the execution id
 * unique in the file and among stored trades, and everything else checked by the {@link TradeRules}
 * every capture path shares. One instance per file: the rules index the reference data once and
 * cache reference prices and settlement dates by instrument and day.
 */
final class TradeRows implements Intake.Mapper<ImportField, Trade> {
  private final ImportProfile profile;
  private final TradeRules rules;
  private final TradeRules.Problems problems = new TradeRules.Problems();

  /** The broker a broker's own profile names, the counterparty of every row; null for others. */
  private final Counterparty profileBroker;

  private final Set<String> storedExecIds;

  /** The line on which each exec id was first seen (0: not seen). */
  private final Object2IntOpenHashMap<String> fileExecIds = new Object2IntOpenHashMap<>();

  private final Map<String, LocalDate> dates = new HashMap<>();
  private final IsoInstants isoInstant = new IsoInstants();
  private final DateTimeFormatter dateFormat;
  private final DateTimeFormatter timeFormat;

  TradeRows(ImportProfile profile, TradeRules rules, Set<String> storedExecIds) {
    this.profile = profile;
    this.rules = rules;
    this.storedExecIds = storedExecIds;
    profileBroker = rules.index().counterparty(profile.broker());
    dateFormat = ImportProfile.strict(profile.datePattern());
    timeFormat =
        ImportProfile.ISO.equalsIgnoreCase(profile.timePattern())
            ? null
            : ImportProfile.strict(profile.timePattern());
  }

  @Override
  public void start(List<ImportProblem> problems) {
    if (!profile.broker().isEmpty()
        && (profileBroker == null || profileBroker.role() != CounterpartyRole.BROKER)) {
      problems.add(
          new ImportProblem(
              1,
              ImportField.COUNTERPARTY.key(),
              "profile "
                  + profile.name()
                  + " is for broker '"
                  + profile.broker()
                  + "', which is "
                  + (profileBroker == null
                      ? "not in the reference data"
                      : "a " + profileBroker.role().inWords() + ", not a broker")));
    }
  }

  @Override
  public String noRows() {
    return "has no trade rows";
  }

  @Override
  public Trade map(IntakeCells<ImportField> cells, long id) {
    String execId = reference(cells, ImportField.EXEC_ID, true);
    if (!execId.isEmpty()) {
      int earlier = fileExecIds.putIfAbsent(execId, cells.line());
      if (earlier != 0) {
        cells.problem(
            ImportField.EXEC_ID, "'" + execId + "' is also on line " + earlier + " of this file");
      } else if (storedExecIds.contains(execId)) {
        cells.problem(
            ImportField.EXEC_ID,
            "'" + execId + "' is already stored (a trade with this execution id exists)");
      }
    }
    String orderId = reference(cells, ImportField.ORDER_ID, false);
    String brokerRef = reference(cells, ImportField.BROKER_REF, false);
    problems.clear();
    String symbol = cells.text(ImportField.SYMBOL);
    String isin = cells.text(ImportField.ISIN);
    if (symbol.isEmpty() && isin.isEmpty()) {
      problems.add(TradeField.SYMBOL, "is required (the instrument by symbol or ISIN)");
    }
    TradeTerms terms =
        new TradeTerms(
            cells.text(ImportField.BOOK),
            symbol,
            isin,
            counterparty(cells),
            cells.text(ImportField.ACCOUNT),
            side(cells),
            decimal(cells, ImportField.QUANTITY, TradeField.QUANTITY),
            decimal(cells, ImportField.PRICE, TradeField.PRICE),
            decimal(cells, ImportField.COMMISSION, TradeField.COMMISSION),
            decimal(cells, ImportField.FEES, TradeField.FEES),
            cells.text(ImportField.CURRENCY),
            tradeDate(cells),
            null);
    TradeRules.Checked checked = rules.check(terms, problems);
    // in the order of the profile's fields, as a reader scans the row
    problems.list().sort(Comparator.comparingInt(p -> rank(p.field())));
    Instant executed = null;
    boolean timeRead = false;
    for (TradeRules.Problem p : problems.list()) {
      if (!timeRead && rank(p.field()) > ImportField.EXECUTION_TIME.ordinal()) {
        executed = executionTime(cells);
        timeRead = true;
      }
      cells.problem(key(p.field()), p.message());
    }
    if (!timeRead) {
      executed = executionTime(cells);
    }
    if (cells.hasProblems()) {
      return null;
    }
    return checked.trade(new TradeId(id), execId, orderId, brokerRef, executed, TradeSource.FILE);
  }

  /** Where a field comes among the profile's fields; the settlement date, which none maps, last. */
  private static int rank(TradeField field) {
    return field == TradeField.SETTLEMENT_DATE
        ? Integer.MAX_VALUE
        : ImportField.valueOf(field.name()).ordinal();
  }

  /** The column a problem is reported against: the instrument's is the one the profile maps. */
  private String key(TradeField field) {
    if (field == TradeField.SYMBOL && !profile.columns().containsKey(ImportField.SYMBOL)) {
      return ImportField.ISIN.key();
    }
    return field.name().toLowerCase(Locale.ROOT);
  }

  private Side side(IntakeCells<ImportField> cells) {
    String sideText = cells.text(ImportField.SIDE);
    if (sideText.isEmpty()) {
      problems.add(TradeField.SIDE, "is required");
      return null;
    }
    Side side = profile.sideCodes().get(sideText.trim().toUpperCase(Locale.ROOT));
    if (side == null) {
      problems.add(
          TradeField.SIDE,
          "'"
              + sideText
              + "' is not a side code of profile "
              + profile.name()
              + " "
              + new TreeMap<>(profile.sideCodes()).keySet());
    }
    return side;
  }

  /** The counterparty's code: the file's, or the broker a broker's own profile is for. */
  private String counterparty(IntakeCells<ImportField> cells) {
    String named = cells.text(ImportField.COUNTERPARTY);
    if (profileBroker == null) {
      return named;
    }
    if (!named.isEmpty() && !named.trim().equalsIgnoreCase(profileBroker.code())) {
      problems.add(
          TradeField.COUNTERPARTY,
          "'"
              + named
              + "', but profile "
              + profile.name()
              + " is for "
              + profileBroker.code()
              + "'s files");
    }
    return profileBroker.code();
  }

  /** The trade date as the profile writes it; null when there is none or it cannot be read. */
  private LocalDate tradeDate(IntakeCells<ImportField> cells) {
    if (cells.value(ImportField.TRADE_DATE) instanceof LocalDate cell) {
      return cell; // a workbook's date cell
    }
    String t = cells.text(ImportField.TRADE_DATE);
    if (t.isEmpty()) {
      return null;
    }
    LocalDate d = dates.get(t);
    if (d == null) {
      try {
        d = LocalDate.parse(t, dateFormat);
      } catch (DateTimeParseException e) {
        problems.add(
            TradeField.TRADE_DATE,
            "'" + t + "' is not a date in the pattern " + profile.datePattern());
        return null;
      }
      if (dates.size() < 10_000) {
        dates.put(t, d);
      }
    }
    return d;
  }

  private Instant executionTime(IntakeCells<ImportField> cells) {
    if (cells.value(ImportField.EXECUTION_TIME) instanceof LocalDateTime cell) {
      return cell.toInstant(ZoneOffset.UTC); // a workbook's date-time cell, read as UTC
    }
    String t = cells.text(ImportField.EXECUTION_TIME);
    if (t.isEmpty()) {
      cells.problem(ImportField.EXECUTION_TIME, "is required");
      return null;
    }
    try {
      if (timeFormat == null) {
        Instant fast = isoInstant.parse(t);
        return fast != null ? fast : Instant.parse(t);
      }
      return LocalDateTime.parse(t, timeFormat).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      cells.problem(
          ImportField.EXECUTION_TIME,
          "'"
              + t
              + "' does not match "
              + (timeFormat == null
                  ? "ISO-8601 UTC (2025-11-20T14:31:05Z)"
                  : "the pattern " + profile.timePattern()));
      return null;
    }
  }

  /** An execution id, order id or broker reference, refused when longer than a trade keeps. */
  private static String reference(IntakeCells<ImportField> cells, ImportField f, boolean required) {
    String t = cells.text(f);
    if (required && t.isEmpty()) {
      cells.problem(f, "is required");
    } else {
      TradeRules.referenceProblem(t).ifPresent(message -> cells.problem(f, message));
    }
    return t;
  }

  /**
   * A number in the profile's decimal format (or a workbook's number cell); null when there is none
   * or it cannot be read. The rules check its sign and size.
   */
  private BigDecimal decimal(IntakeCells<ImportField> cells, ImportField f, TradeField field) {
    if (cells.value(f) instanceof BigDecimal cell) {
      return cell; // a workbook's number cell
    }
    String t = cells.text(f);
    if (t.isEmpty()) {
      return null;
    }
    String normal = t;
    if (profile.decimalSeparator() == ',') {
      if (t.indexOf('.') >= 0) {
        problems.add(
            field, "'" + t + "' is not a number with decimal comma (no thousands separators)");
        return null;
      }
      normal = t.replace(',', '.');
    }
    if (PlainDecimal.isScientific(normal)) {
      problems.add(field, "'" + t + "' is in scientific notation; write the number out in full");
      return null;
    }
    try {
      return new BigDecimal(normal);
    } catch (NumberFormatException e) {
      problems.add(
          field,
          "'"
              + t
              + "' is not a number"
              + (profile.decimalSeparator() == ',' ? " with decimal comma" : ""));
      return null;
    }
  }
}
