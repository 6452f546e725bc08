package com.tickmark.model.settlement;

import static com.tickmark.model.settlement.CashLadderTest.CLERK;
import static com.tickmark.model.settlement.SettlementFixtures.ACME;
import static com.tickmark.model.settlement.SettlementFixtures.BOOK;
import static com.tickmark.model.settlement.SettlementFixtures.CUSTODY;
import static com.tickmark.model.settlement.SettlementFixtures.MON;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.refdata.Mic;
import com.tickmark.model.refdata.SettlementConvention;
import com.tickmark.model.refdata.report.ReferenceDataReader;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportLine;
import com.tickmark.model.report.ReportParameter;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.settlement.report.FailsAgingReport;
import com.tickmark.model.settlement.status.FailNote;
import com.tickmark.model.settlement.status.FailsReader;
import com.tickmark.model.settlement.status.SettlementFail;
import com.tickmark.model.settlement.status.SettlementFail.FailState;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fails aging report on four hand-made fails: three open in dollars (ages 0, 2 and 12 business
 * days) and one in euros that failed 4 days and then settled.
 */
class FailsAgingReportTest {
  static final CounterpartyId BROKER_ID = new CounterpartyId(9); // SettlementFixtures' trades
  static final Instrument SAP =
      new Instrument(
          new InstrumentId(3),
          "SAP",
          "SAP SE",
          AssetClass.EQUITY,
          Isin.parse("DE0007164600"),
          new Mic("XETR"),
          CurrencyCode.EUR,
          null,
          "Technology",
          "DE",
          SettlementConvention.of(2, "TARGET"));

  // value: BUY 100 × 10.00 = 1,000.00; SELL 50 × 20.50 = 1,025.00; BUY 10 × 7.25 = 72.50
  static final SettlementFail YOUNG =
      fail(trade(1, ACME, Side.BUY, "100", "10.00"), "LACK", 0, FailState.OPEN, null);
  static final SettlementFail OWNED =
      fail(trade(2, ACME, Side.SELL, "50", "20.50"), "MONY", 2, FailState.OPEN, "carla");
  static final SettlementFail OLD =
      fail(trade(3, ACME, Side.BUY, "10", "7.25"), "CMIS", 12, FailState.OPEN, null);
  // BUY 30 × 100.00 = 3,000.00 euros
  static final SettlementFail RESOLVED =
      fail(trade(4, SAP, Side.BUY, "30", "100.00"), "LACK", 4, FailState.RESOLVED, null);

  final List<String> asked = new ArrayList<>();
  final ReportContext context =
      ReportContext.builder(CLERK, Instant.parse("2026-11-20T18:00:00Z"))
          .businessDate(MON)
          .reader(
              FailsReader.class,
              (date, all) -> {
                asked.add(date + (all ? " all" : " open"));
                return all
                    ? List.of(RESOLVED, OLD, OWNED, YOUNG)
                    : List.of(OLD, OWNED, YOUNG); // by intended date, as SettlementFails lists
              })
          .reader(ReferenceDataReader.class, refdata())
          .build();

  @Test
  void theOpenFailsOfTheBusinessDateCountAndAddUpPerAgingBucketAndCurrency() {
    Report report = new FailsAgingReport().build(Map.of(), context);

    assertThat(asked).containsExactly(MON + " open");
    assertThat(report.parameters())
        .contains(ReportParameter.of("As of", MON), ReportParameter.of("Fails", "Open only"));
    ReportSection buckets = report.sections().get(0);
    assertThat(buckets.columns())
        .extracting(ReportColumn::name)
        .containsExactly("Currency", "Aging bucket", "Fails", "Value");
    assertThat(cells(buckets))
        .containsExactly(
            List.of("USD", "0", 1L, new BigDecimal("1000.00")),
            List.of("USD", "1-2", 1L, new BigDecimal("1025.00")),
            List.of("USD", "3-5", 0L, BigDecimal.ZERO),
            List.of("USD", "6-10", 0L, BigDecimal.ZERO),
            List.of("USD", ">10", 1L, new BigDecimal("72.50")));
    assertThat(subtotals(buckets))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.groupValue()).isEqualTo("USD");
              assertThat(t.totals().cells().get(2)).isEqualTo(3L);
              assertThat((BigDecimal) t.totals().cells().get(3)).isEqualByComparingTo("2097.50");
            });

    ReportSection fails = report.sections().get(1);
    assertThat(fails.columns())
        .extracting(ReportColumn::name)
        .containsExactly(
            "Currency",
            "Trade",
            "Our reference",
            "Counterparty",
            "Intended settlement date",
            "Reason",
            "Age (business days)",
            "Aging bucket",
            "Status",
            "Owner",
            "Value");
    assertThat(cells(fails))
        .containsExactly(
            List.of(
                "USD",
                "T00000003",
                "E3",
                "GSX",
                OLD.intendedDate(),
                "CMIS",
                12L,
                ">10",
                "OPEN",
                "",
                new BigDecimal("72.50")),
            List.of(
                "USD",
                "T00000002",
                "E2",
                "GSX",
                OWNED.intendedDate(),
                "MONY",
                2L,
                "1-2",
                "OPEN",
                "carla",
                new BigDecimal("1025.00")),
            List.of(
                "USD",
                "T00000001",
                "E1",
                "GSX",
                YOUNG.intendedDate(),
                "LACK",
                0L,
                "0",
                "OPEN",
                "",
                new BigDecimal("1000.00")));
  }

  @Test
  void withTheResolvedFailsEachCurrencyHasItsOwnBucketsAndTotals() {
    Report report =
        new FailsAgingReport().build(Map.of("date", "2026-11-20", "fails", "all"), context);

    assertThat(asked).containsExactly("2026-11-20 all");
    assertThat(cells(report.sections().get(0)))
        .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(3))
        .containsExactly(
            "EUR 0 0 0",
            "EUR 1-2 0 0",
            "EUR 3-5 1 3000.00",
            "EUR 6-10 0 0",
            "EUR >10 0 0",
            "USD 0 1 1000.00",
            "USD 1-2 1 1025.00",
            "USD 3-5 0 0",
            "USD 6-10 0 0",
            "USD >10 1 72.50");
    assertThat(subtotals(report.sections().get(0)))
        .extracting(t -> t.groupValue() + " " + t.totals().cells().get(2))
        .containsExactly("EUR 1", "USD 3");
    assertThat(cells(report.sections().get(1)))
        .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(8))
        .as("the euro fail first, then the dollars in the order listed")
        .containsExactly(
            "EUR T00000004 RESOLVED",
            "USD T00000003 OPEN",
            "USD T00000002 OPEN",
            "USD T00000001 OPEN");
  }

  static SettlementFail fail(Trade trade, String reason, int age, FailState state, String owner) {
    return new SettlementFail(
        trade,
        trade.settlementDate(),
        reason,
        age,
        state,
        state == FailState.RESOLVED ? MON : null,
        state == FailState.RESOLVED ? trade.quantity() : BigDecimal.ZERO,
        "status.csv:" + trade.id().value(),
        owner == null
            ? null
            : new FailNote(
                trade.id(), owner, "chasing", owner, Instant.parse("2026-11-09T09:00:00Z")));
  }

  static Trade trade(long id, Instrument i, Side side, String quantity, String price) {
    LocalDate settles = MON.minusDays(id);
    return SettlementFixtures.trade(
        id, BOOK, i, CUSTODY, side, quantity, price, settles.minusDays(1), settles);
  }

  static ReferenceDataReader refdata() {
    return new ReferenceDataReader() {
      @Override
      public List<Instrument> instruments() {
        return List.of(ACME, SAP);
      }

      @Override
      public List<Counterparty> counterparties() {
        return List.of(
            new Counterparty(
                BROKER_ID,
                "GSX",
                "Broker",
                CounterpartyRole.BROKER,
                Lei.withCheckDigits("529900T8BM49AURSDO"),
                new Bic("GSCOGB2L"),
                "GB"));
      }

      @Override
      public Optional<HolidayCalendar> calendar(String code) {
        return Optional.empty();
      }
    };
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
