package com.tickmark.app.ui.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.TradeDetailTab.Content;
import com.tickmark.app.area.TradeDetailTab.Section;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.model.settlement.status.SettlementFail;
import com.tickmark.model.trade.Trade;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Settlement tab of the blotter's trade detail, on a small demo firm whose inbox status files
 * were imported: a trade that failed and then settled shows its obligation, the custodian's lines
 * with the reason in words, the parts that settled and the penalties of the days it failed.
 */
class SettlementTradeTabTest {
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));

  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  @BeforeAll
  static void createADemoFirmAndImportItsStatusFiles() throws IOException {
    workspace = Workspace.open(dir.resolve("ws"));
    services = FailsViewModelTest.importedDemoFirm(workspace);
  }

  @AfterAll
  static void close() {
    workspace.close();
    workspace = null;
    services = null;
  }

  @Test
  void aTradeThatFailedThenSettledShowsItsStatusHistoryRecordsAndPenalties() {
    SettlementFail resolved =
        services
            .area(SettlementServices.class)
            .fails()
            .asOf(CLERK, FailsViewModelTest.BUSINESS_DATE, true)
            .stream()
            .filter(f -> f.state() == SettlementFail.FailState.RESOLVED)
            .filter(f -> !f.reason().isEmpty())
            .filter(
                f ->
                    services
                        .area(SettlementServices.class)
                        .penalties()
                        .between(CLERK, f.intendedDate(), FailsViewModelTest.BUSINESS_DATE)
                        .penalties()
                        .stream()
                        .anyMatch(p -> p.trade().equals(f.trade().id())))
            .findFirst()
            .orElseThrow();
    Trade trade = resolved.trade();

    Content tab = new SettlementTradeTab().read(services, CLERK, trade.id());

    Section obligation = tab.section(SettlementTradeTab.OBLIGATION);
    assertThat(obligation.rows()).hasSize(1);
    List<String> o = obligation.rows().get(0);
    assertThat(o.get(1)).isEqualTo(trade.settlementDate().toString());
    assertThat(o.get(2)).as("the SSI's code, not an id").doesNotContain("SsiId");
    assertThat(o.get(3)).isEqualTo("SETTLED");
    assertThat(o.get(4))
        .as("grouped, without trailing zeros")
        .isEqualTo(
            new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(trade.quantity()));
    assertThat(o.get(5)).isEqualTo(o.get(4));

    Section status = tab.section(SettlementTradeTab.STATUS);
    assertThat(status.rows()).extracting(r -> r.get(1)).contains("FAILED", "SETTLED");
    assertThat(status.rows())
        .filteredOn(r -> r.get(1).equals("FAILED"))
        .extracting(r -> r.get(4))
        .allMatch(reason -> reason.matches("[A-Z]{4}( \\(.+\\))?"))
        .anyMatch(reason -> reason.contains("("));
    assertThat(status.rows())
        .extracting(r -> r.get(5))
        .allMatch(line -> line.matches(".+\\.csv:\\d+"));
    assertThat(status.rows())
        .as("what remained to settle after each line: nothing once it settled")
        .filteredOn(r -> r.get(1).equals("SETTLED"))
        .extracting(r -> r.get(3))
        .containsOnly("0");
    assertThat(status.rows())
        .filteredOn(r -> r.get(1).equals("FAILED"))
        .extracting(r -> r.get(3))
        .doesNotContain("0");
    assertThat(status.rows().get(0).get(0))
        .as("ISO dates, oldest statement first")
        .isLessThanOrEqualTo(status.rows().get(status.rows().size() - 1).get(0));

    Section records = tab.section(SettlementTradeTab.SETTLED);
    assertThat(records.rows()).isNotEmpty();
    assertThat(records.rows()).extracting(r -> r.get(0)).contains(resolved.resolvedOn().toString());

    Section penalties = tab.section(SettlementTradeTab.PENALTIES);
    List<List<String>> days = penalties.rows().subList(0, penalties.rows().size() - 1);
    assertThat(days).isNotEmpty();
    assertThat(days)
        .extracting(r -> r.get(0))
        .allMatch(d -> d.compareTo(trade.settlementDate().toString()) >= 0);
    List<String> total = penalties.rows().get(penalties.rows().size() - 1);
    assertThat(total.get(0)).isEqualTo("Total");
    assertThat(new BigDecimal(total.get(4).replace(",", "")))
        .isEqualByComparingTo(
            days.stream()
                .map(r -> new BigDecimal(r.get(4).replace(",", "")))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    assertThat(total.get(4)).as("in the currency's minor units").matches("-?[\\d,]+\\.\\d{2}");
  }

  @Test
  void aTradeTheCustodianHasNotReportedSaysSo() {
    Trade quiet =
        services
            .area(SettlementServices.class)
            .obligations()
            .asOf(CLERK, FailsViewModelTest.BUSINESS_DATE, false)
            .stream()
            .map(l -> l.obligation().trade())
            .filter(
                id ->
                    services
                        .area(SettlementServices.class)
                        .statusImports()
                        .linesOf(CLERK, id)
                        .isEmpty())
            .map(id -> services.trades().find(CLERK, id).orElseThrow())
            .findFirst()
            .orElseThrow();

    Content tab = new SettlementTradeTab().read(services, CLERK, quiet.id());

    assertThat(tab.section(SettlementTradeTab.STATUS).rows()).isEmpty();
    assertThat(tab.section(SettlementTradeTab.STATUS).empty())
        .isEqualTo("No status from the custodian yet");
    assertThat(tab.section(SettlementTradeTab.SETTLED).rows()).isEmpty();
    assertThat(tab.section(SettlementTradeTab.OBLIGATION).rows()).hasSize(1);
  }
}
