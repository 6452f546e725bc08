package com.tickmark.model.recon.report;

import com.tickmark.model.recon.match.AliasTable;
import com.tickmark.model.recon.run.BreakKind;
import com.tickmark.model.recon.run.BreakState;
import com.tickmark.model.recon.run.BuiltInRecons;
import com.tickmark.model.recon.run.Recon;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.recon.run.ReconRun;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.report.ReportLine;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Breaks and runs of the three built-in recons made by hand, with their ages as of the business
 * date (calendar days stand in for business days), behind a {@link ReconReader} that remembers
 * which recon each report asked for.
 */
final class ReconReportFixtures {
  static final Actor CLERK = new Actor(new UserId(1), "carla", Set.of(Role.CLERK));
  static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 11, 20);
  static final LocalDate THU = LocalDate.of(2026, 11, 19);
  static final Instant RUN_AT = Instant.parse("2026-11-20T18:00:00Z");
  static final String TRADES = BuiltInRecons.TRADES_CONFIRMATIONS;
  static final String POSITIONS = BuiltInRecons.POSITIONS_CUSTODY;
  static final String CASH = BuiltInRecons.CASH_BANK;

  // to work: cash 0 and 4 business days old, trades 2 (a stake with more decimals than USD),
  // custody 12
  static final ReconBreak CASH_YOUNG =
      made(1, CASH, BreakKind.MISSING_THEIRS, BreakState.OPEN, "1500.00", "USD", 0);
  static final ReconBreak PRICE =
      made(2, TRADES, BreakKind.FIELD_MISMATCH, BreakState.INVESTIGATING, "12.3456", "USD", 2)
          .worked(
              BreakState.INVESTIGATING,
              "carla",
              "COUNTERPARTY_ERROR",
              "broker called",
              "carla",
              Instant.parse("2026-11-20T09:00:00Z"));
  static final ReconBreak CUSTODY =
      made(3, POSITIONS, BreakKind.FIELD_MISMATCH, BreakState.OPEN, "250.00", "EUR", 12);
  static final ReconBreak CASH_OLDER =
      made(8, CASH, BreakKind.MISSING_THEIRS, BreakState.OPEN, "10.00", "USD", 4);
  // a match with a difference and three done with, changed at 10:00, 11:00 and 8:00
  static final ReconBreak MATCHED =
      made(4, TRADES, BreakKind.MATCHED_WITH_DIFFERENCE, BreakState.CLOSED, "0.01", "USD", 1);
  static final ReconBreak CHARGES =
      made(5, CASH, BreakKind.UNEXPECTED, BreakState.OPEN, "40.00", "USD", 3)
          .worked(
              BreakState.RESOLVED,
              "carla",
              "BANK_CHARGES",
              "booked the fee",
              "carla",
              Instant.parse("2026-11-20T10:00:00Z"));
  static final ReconBreak WRITTEN_OFF =
      made(6, TRADES, BreakKind.MISSING_THEIRS, BreakState.OPEN, "1234.5", "JPY", 5)
          .worked(
              BreakState.WRITTEN_OFF,
              "carla",
              "OTHER",
              "broker gone",
              "alice",
              Instant.parse("2026-11-20T11:00:00Z"));
  static final ReconBreak CLOSED_BY_RUN =
      made(7, POSITIONS, BreakKind.MISSING_THEIRS, BreakState.OPEN, "99.00", "EUR", 2)
          .worked(BreakState.CLOSED, "", "", "", "admin", Instant.parse("2026-11-20T08:00:00Z"));

  static final List<ReconBreak> BREAKS =
      List.of(CASH_OLDER, CASH_YOUNG, PRICE, CUSTODY, MATCHED, CHARGES, WRITTEN_OFF, CLOSED_BY_RUN);

  // cash-bank ran twice for Thursday; newest first as the service lists them
  static final List<ReconRun> RUNS =
      List.of(
          run(4, CASH, BUSINESS_DATE, 40, 41, 38, 1, 2, 1, 0),
          run(3, CASH, THU, 30, 30, 30, 0, 0, 0, 2),
          run(2, TRADES, BUSINESS_DATE, 200, 199, 197, 3, 3, 3, 0),
          run(1, CASH, THU, 30, 31, 28, 0, 2, 2, 0));

  final List<String> asked = new ArrayList<>();
  final ReportContext context =
      ReportContext.builder(CLERK, RUN_AT)
          .businessDate(BUSINESS_DATE)
          .reader(ReconReader.class, reader())
          .build();

  private ReconReader reader() {
    return new ReconReader() {
      @Override
      public List<Recon> recons() {
        return BuiltInRecons.all(
            new AliasTable("symbols", Map.of()), new AliasTable("counterparty names", Map.of()));
      }

      @Override
      public List<ReconRun> runs(Optional<String> recon) {
        asked.add("runs of " + recon.orElse("all"));
        return RUNS.stream().filter(r -> recon.map(r.recon()::equals).orElse(true)).toList();
      }

      @Override
      public List<ReconBreak> breaks(Optional<String> recon) {
        asked.add("breaks of " + recon.orElse("all"));
        return BREAKS.stream().filter(b -> recon.map(b.recon()::equals).orElse(true)).toList();
      }

      @Override
      public ToIntFunction<ReconBreak> ages() {
        return b -> (int) ChronoUnit.DAYS.between(b.runDate(), BUSINESS_DATE);
      }

      @Override
      public List<Currency> currencies() {
        return List.of(
            new Currency(CurrencyCode.USD, "US dollar", 2),
            new Currency(CurrencyCode.EUR, "Euro", 2),
            new Currency(CurrencyCode.of("JPY"), "Yen", 0));
      }
    };
  }

  /** A break found by the run for the business date, {@code age} business days old. */
  private static ReconBreak made(
      long id,
      String recon,
      BreakKind kind,
      BreakState state,
      String amount,
      String currency,
      int age) {
    return new ReconBreak(
        id,
        recon,
        BUSINESS_DATE.minusDays(age),
        kind,
        kind + "|O" + id + "|",
        "REF" + id,
        "inbox/file" + id + ".csv",
        (int) id + 1,
        "O" + id,
        "T" + id,
        kind == BreakKind.MISSING_THEIRS ? "" : "price",
        "",
        List.of(),
        "",
        new BigDecimal(amount),
        currency,
        state,
        "",
        "",
        "",
        1,
        1,
        0,
        "carla",
        Instant.parse("2026-11-19T18:00:00Z"));
  }

  private static ReconRun run(
      long id,
      String recon,
      LocalDate date,
      int ours,
      int theirs,
      int matched,
      int withDifference,
      int breaks,
      int opened,
      int closed) {
    return new ReconRun(
        id,
        recon,
        date,
        "carla",
        Instant.parse("2026-11-20T07:00:00Z").plusSeconds(id),
        ours,
        theirs,
        matched,
        withDifference,
        0,
        breaks,
        opened,
        closed);
  }

  static List<List<Object>> cells(ReportSection section) {
    try (Stream<ReportRow> rows = section.rows()) {
      return rows.map(ReportRow::cells).toList();
    }
  }

  static List<ReportLine.Subtotal> subtotals(ReportSection section) {
    try (Stream<ReportLine> lines = section.lines()) {
      return lines
          .filter(ReportLine.Subtotal.class::isInstance)
          .map(ReportLine.Subtotal.class::cast)
          .toList();
    }
  }
}
