package com.tickmark.app.ui.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.AppServices;
import com.tickmark.app.demo.DemoFirmInstaller;
import com.tickmark.app.settlement.SettlementServices;
import com.tickmark.app.ui.fixture.RefDataFixture;
import com.tickmark.app.ui.settlement.CashLadderViewModel.Figure;
import com.tickmark.app.ui.settlement.CashLadderViewModel.LadderRow;
import com.tickmark.app.ui.settlement.CashLadderViewModel.MovementRow;
import com.tickmark.app.ui.settlement.ObligationsViewModel.ObligationRow;
import com.tickmark.app.ui.settlement.ObligationsViewModel.StatusFilter;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import com.tickmark.persistence.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Obligations and Cash ladder screens without a toolkit, on a small demo firm. */
class SettlementViewModelsTest {
  static final LocalDate BUSINESS_DATE = LocalDate.of(2025, 11, 20);
  static final Actor CLERK = new Actor(new UserId(2), "clerk", Set.of(Role.CLERK));

  @TempDir static Path dir;
  static Workspace workspace;
  static AppServices services;

  @BeforeAll
  static void createADemoFirm() {
    workspace = Workspace.open(dir.resolve("ws"));
    services = RefDataFixture.services(workspace);
    new DemoFirmInstaller()
        .install(
            services,
            new DemoConfig(11, BUSINESS_DATE, 40, 3, 40, FaultRates.DEFAULTS),
            DemoFirmInstaller.Progress.NONE);
  }

  @AfterAll
  static void close() {
    workspace.close();
    workspace = null;
    services = null;
  }

  static SettlementServices settlement() {
    return services.area(SettlementServices.class);
  }

  @Test
  void theStatusFilterShowsPendingSettledOrFailedObligations() {
    ObligationsViewModel vm =
        new ObligationsViewModel(
            settlement().obligations(),
            services.referenceData(),
            CLERK,
            () -> BUSINESS_DATE,
            new DirectTaskExecutor());
    vm.activate();
    int all = settlement().obligations().asOf(CLERK, BUSINESS_DATE, true).size();
    assertThat(vm.asOfProperty().get()).isEqualTo(BUSINESS_DATE);
    assertThat(vm.table().allRows()).hasSize(all);

    int shown = 0;
    for (StatusFilter f :
        new StatusFilter[] {StatusFilter.PENDING, StatusFilter.SETTLED, StatusFilter.FAILED}) {
      vm.statusProperty().set(f);
      for (ObligationRow r : vm.table().allRows()) {
        assertThat(r.status())
            .isIn(
                switch (f) {
                  case PENDING -> Set.of("PENDING", "PARTIALLY_SETTLED");
                  case SETTLED -> Set.of("SETTLED");
                  default -> Set.of("FAILED");
                });
      }
      shown += vm.table().allRows().size();
      long failed = vm.table().allRows().stream().filter(r -> r.status().equals("FAILED")).count();
      assertThat(vm.bucketsProperty().get().values().stream().mapToLong(Long::longValue).sum())
          .as("the aging strip counts the failed obligations shown")
          .isEqualTo(failed);
      assertThat(vm.table().allRows())
          .allSatisfy(
              r ->
                  assertThat(r.age() != null)
                      .as("only a failed obligation has an age")
                      .isEqualTo(r.status().equals("FAILED")));
    }
    assertThat(shown).as("every obligation is in exactly one status").isEqualTo(all);
    assertThat(vm.netting().allRows())
        .hasSize(settlement().obligations().netting(CLERK, BUSINESS_DATE).size())
        .allSatisfy(s -> assertThat(s.receive().subtract(s.pay())).isEqualByComparingTo(s.net()));
    assertThat(vm.securitiesNetting().allRows())
        .hasSize(settlement().obligations().securitiesNetting(CLERK, BUSINESS_DATE).size())
        .isNotEmpty()
        .allSatisfy(
            s -> {
              assertThat(s.receive().subtract(s.deliver())).isEqualByComparingTo(s.net());
              assertThat(s.trades().split(" ")).hasSize((int) s.obligations());
            });
  }

  @Test
  void drillingIntoAFigureListsTheObligationsThatMakeItUp() {
    CashLadderViewModel vm =
        new CashLadderViewModel(
            settlement().cashLadder(),
            services.referenceData(),
            CLERK,
            () -> BUSINESS_DATE,
            new DirectTaskExecutor());
    vm.activate();
    assertThat(vm.days().allRows()).isNotEmpty().hasSize(vm.days().allRows().size() / 10 * 10);
    LadderRow busy =
        vm.days().allRows().stream()
            .filter(r -> r.receipts().signum() > 0 && r.payments().signum() > 0)
            .findFirst()
            .orElseThrow();

    vm.drill(busy, Figure.RECEIPTS);
    assertThat(vm.movements().allRows()).allSatisfy(m -> assertThat(m.amount()).isPositive());
    assertThat(sum(vm)).isEqualByComparingTo(busy.receipts());

    vm.drill(busy, Figure.PAYMENTS);
    assertThat(sum(vm)).isEqualByComparingTo(busy.payments().negate());

    vm.drill(busy, Figure.NET);
    assertThat(vm.movements().allRows()).hasSize((int) busy.obligations());
    assertThat(sum(vm)).isEqualByComparingTo(busy.net());
    assertThat(vm.drillTitleProperty().get())
        .startsWith(busy.obligations() + " obligations behind the movements of")
        .endsWith("on " + busy.date());
  }

  private static BigDecimal sum(CashLadderViewModel vm) {
    return vm.movements().allRows().stream()
        .map(MovementRow::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
