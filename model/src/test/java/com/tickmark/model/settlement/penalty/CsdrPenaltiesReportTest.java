package com.tickmark.model.settlement.penalty;

import static com.tickmark.model.settlement.penalty.PenaltyCalculatorTest.BROKER;
import static com.tickmark.model.settlement.penalty.PenaltyCalculatorTest.ILLIQUID;
import static com.tickmark.model.settlement.penalty.PenaltyCalculatorTest.LIQUID;
import static com.tickmark.model.settlement.penalty.PenaltyCalculatorTest.MON_9;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.refdata.report.ReferenceDataReader;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.settlement.report.CsdrPenaltiesReport;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CSDR penalties report: the month's totals per counterparty, then each fail day. */
class CsdrPenaltiesReportTest {
  static final Penalty PAID =
      penalty(1, LIQUID, "1000", "45.67", "0.0001", "4.57", PenaltyDirection.PAY);
  static final Penalty RECEIVED =
      penalty(2, ILLIQUID, "2000", "12.34", "0.00005", "1.23", PenaltyDirection.RECEIVE);

  @Test
  void theMonthNetsWhatWeReceiveAgainstWhatWePayAndListsEachDay() {
    YearMonth[] asked = new YearMonth[1];
    PenaltyReader reader =
        month -> {
          asked[0] = month;
          return new PenaltyBookingService.Book(
              List.of(
                  new BookedPenalty(
                      PAID,
                      Optional.of(
                          new PenaltyBooking(
                              PAID.key(),
                              new BigDecimal("4.50"),
                              CurrencyCode.EUR,
                              "arjun",
                              Instant.parse("2026-11-03T17:00:00Z")))),
                  new BookedPenalty(RECEIVED, Optional.empty())),
              List.of(
                  new PenaltyBooking(
                      new PenaltyKey(new TradeId(7), MON_9, PenaltyDirection.PAY),
                      new BigDecimal("2.00"),
                      CurrencyCode.EUR,
                      "arjun",
                      Instant.parse("2026-11-03T17:00:00Z"))),
              List.of("T00000009 on 2026-11-09: x"));
        };
    ReportContext context =
        ReportContext.builder(
                new Actor(new UserId(1), "carla", java.util.Set.of(Role.CLERK)),
                Instant.parse("2026-11-20T18:00:00Z"))
            .businessDate(MON_9)
            .reader(PenaltyReader.class, reader)
            .reader(ReferenceDataReader.class, refdata())
            .build();

    Report report = new CsdrPenaltiesReport().build(Map.of("date", "2026-11-20"), context);

    assertThat(asked[0]).isEqualTo(YearMonth.of(2026, 11));
    assertThat(cells(report.sections().get(0)))
        .containsExactly(
            List.of(
                "EUR",
                "GSX",
                2L,
                2L,
                new BigDecimal("4.57"),
                new BigDecimal("1.23"),
                new BigDecimal("-3.34")));
    assertThat(cells(report.sections().get(1)))
        .extracting(
            r ->
                r.get(2) + " " + r.get(5) + " " + r.get(10) + " " + r.get(11) + " | " + r.get(12)
                    + " | " + r.get(13))
        .containsExactly(
            // booked at 4.50, charged 4.57 now: we pay 0.07 more than the ledger was told
            "T00000001 SAPX we pay -4.57 | arjun 2026-11-03 | -0.07",
            "T00000002 SMLX we receive 1.23 |  | null");
    assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("Not charged: T00000009"));
    assertThat(report.notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .isEqualTo(
                        "Booked but no longer charged: T00000007 on 2026-11-09, 2.00 EUR booked by"
                            + " arjun."));
  }

  static Penalty penalty(
      long trade,
      Instrument i,
      String quantity,
      String price,
      String rate,
      String amount,
      PenaltyDirection direction) {
    return new Penalty(
        new TradeId(trade),
        "E" + trade,
        BROKER,
        MON_9,
        i.id(),
        i.isin(),
        new BigDecimal(quantity),
        new BigDecimal(price),
        new BigDecimal(rate),
        "liquid share",
        new BigDecimal(amount),
        CurrencyCode.EUR,
        direction,
        "LACK");
  }

  static ReferenceDataReader refdata() {
    return new ReferenceDataReader() {
      @Override
      public List<Instrument> instruments() {
        return List.of(LIQUID, ILLIQUID);
      }

      @Override
      public List<Counterparty> counterparties() {
        return List.of(counterparty());
      }

      @Override
      public Optional<HolidayCalendar> calendar(String code) {
        return Optional.empty();
      }
    };
  }

  static Counterparty counterparty() {
    return new Counterparty(
        BROKER,
        "GSX",
        "Broker",
        CounterpartyRole.BROKER,
        Lei.withCheckDigits("529900T8BM49AURSDO"),
        new Bic("GSCOGB2L"),
        "GB");
  }

  static List<List<Object>> cells(ReportSection section) {
    try (var rows = section.rows()) {
      return rows.map(ReportRow::cells).toList();
    }
  }
}
