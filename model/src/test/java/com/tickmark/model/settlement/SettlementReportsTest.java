package com.tickmark.model.settlement;

import static com.tickmark.model.settlement.CashLadderTest.CLERK;
import static com.tickmark.model.settlement.SettlementFixtures.MON;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.calendar.HolidayCalendar;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.report.ReferenceDataReader;
import com.tickmark.model.report.Report;
import com.tickmark.model.report.ReportColumn;
import com.tickmark.model.report.ReportParameter;
import com.tickmark.model.report.ReportRow;
import com.tickmark.model.report.ReportSection;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.settlement.report.CashLadderReport;
import com.tickmark.model.settlement.report.NettingReport;
import com.tickmark.model.settlement.report.SettlementReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The cash ladder and netting reports over the hand-worked firm of {@link CashLadderTest}. */
class SettlementReportsTest {
  final CashLadderTest firm = new CashLadderTest();
  final ReportContext context =
      ReportContext.builder(CLERK, Instant.parse("2026-11-09T18:00:00Z"))
          .businessDate(MON)
          .reader(
              SettlementReader.class,
              new SettlementReader() {
                @Override
                public CashLadder cashLadder(LocalDate date) {
                  return firm.service.ladder(CLERK, date);
                }

                @Override
                public List<NettingSet> netting(LocalDate date) {
                  return firm.obligations.netting(CLERK, date);
                }

                @Override
                public List<SecuritiesNettingSet> securitiesNetting(LocalDate date) {
                  return firm.obligations.securitiesNetting(CLERK, date);
                }

                @Override
                public List<Account> accounts() {
                  return firm.referenceData.accounts();
                }
              })
          .reader(
              ReferenceDataReader.class,
              new ReferenceDataReader() {
                @Override
                public List<Instrument> instruments() {
                  return firm.referenceData.instruments();
                }

                @Override
                public List<Counterparty> counterparties() {
                  return List.of();
                }

                @Override
                public Optional<HolidayCalendar> calendar(String code) {
                  return Optional.empty();
                }
              })
          .build();

  @Test
  void theCashLadderReportShowsEachDayAndTheObligationsBehindIt() {
    Report report = new CashLadderReport().build(Map.of(), context);

    assertThat(report.parameters()).containsExactly(ReportParameter.of("As of", MON));
    ReportSection days = report.sections().get(0);
    assertThat(days.columns())
        .extracting(ReportColumn::name)
        .containsExactly(
            "Currency",
            "Cash account",
            "Date",
            "Opening",
            "Receipts",
            "Payments",
            "Net",
            "Projected balance",
            "Obligations");
    List<List<Object>> rows = cells(days);
    assertThat(rows).hasSize(2 * CashLadder.DAYS); // EUR then USD, ten days each
    assertThat(rows.get(CashLadder.DAYS + 2))
        .containsExactly(
            "USD",
            "CASH-USD",
            CashLadderTest.THU_12,
            new BigDecimal("48270.35"),
            new BigDecimal("0.00"),
            new BigDecimal("1691.60"),
            new BigDecimal("-1691.60"),
            new BigDecimal("46578.75"),
            2L);

    ReportSection obligations = report.sections().get(1);
    assertThat(cells(obligations))
        .filteredOn(r -> r.get(2).equals(CashLadderTest.THU_12) && r.get(0).equals("USD"))
        .extracting(r -> r.get(3) + " " + r.get(8) + " " + r.get(9))
        .containsExactly("T00000003 PENDING -1025.00", "T00000005 PARTIALLY_SETTLED -666.60");
  }

  @Test
  void theNettingReportListsEachSetWithItsMembers() {
    Report report = new NettingReport().build(Map.of("date", MON.toString()), context);

    List<List<Object>> sets = cells(report.sections().get(0));
    // Tuesday's dollars: the sell B receives 370.35, the FX buy G pays 1,100.00.
    assertThat(sets)
        .filteredOn(r -> r.get(0).equals("USD") && r.get(1).equals(CashLadderTest.TUE_10))
        .singleElement()
        .extracting(
            r -> r.get(3) + " " + money(r.get(4)) + " " + money(r.get(5)) + " " + money(r.get(6)))
        .isEqualTo("2 1100.00 370.35 -729.65");
    List<List<Object>> members = cells(report.sections().get(1));
    assertThat(members)
        .filteredOn(r -> r.get(0).equals("USD") && r.get(1).equals(CashLadderTest.TUE_10))
        .extracting(r -> r.get(3) + " " + r.get(6))
        .containsExactly("T00000002 SELL", "T00000007 BUY");
    long memberCount = sets.stream().mapToLong(r -> (Long) r.get(3)).sum();
    assertThat(members).hasSize((int) memberCount);
  }

  @Test
  void theNettingReportListsTheSecuritiesSetsGrossWhenNoSsiApplies() {
    Report report = new NettingReport().build(Map.of("date", MON.toString()), context);

    ReportSection sets = report.sections().get(2);
    assertThat(sets.name()).isEqualTo("Securities netting sets");
    // Trades A to F are still to settle, none with an SSI: six gross sets; the FX buy G has no
    // securities and H has settled.
    assertThat(cells(sets))
        .extracting(
            r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + r.get(4) + " " + r.get(8))
        .containsExactly(
            CashLadderTest.FRI_6 + " ACME CUST-US GROSS 100",
            CashLadderTest.TUE_10 + " ACME CUST-US GROSS -30",
            CashLadderTest.WED_11 + " ACME CUST-US GROSS 200",
            CashLadderTest.THU_12 + " ACME CUST-US GROSS 300",
            CashLadderTest.SAT_14 + " ACME CUST-US GROSS -100",
            CashLadderTest.MON_30 + " ACME CUST-US GROSS -10");
    assertThat(money(cells(sets).get(1).get(10))).isEqualTo("370.35");
    List<List<Object>> members = cells(report.sections().get(3));
    assertThat(members)
        .extracting(r -> r.get(5) + " " + r.get(7) + " " + r.get(8))
        .containsExactly(
            "T00000001 RVP 100",
            "T00000002 DVP -30",
            "T00000003 RVP 200",
            "T00000005 RVP 300",
            "T00000004 DVP -100",
            "T00000006 DVP -10");
  }

  static String money(Object amount) {
    return ((BigDecimal) amount).setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }

  static List<List<Object>> cells(ReportSection section) {
    try (var rows = section.rows()) {
      return rows.map(ReportRow::cells).toList();
    }
  }
}
