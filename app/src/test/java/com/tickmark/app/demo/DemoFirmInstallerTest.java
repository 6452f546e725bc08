package com.tickmark.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.app.AppServices;
import com.tickmark.app.trade.TradeServices;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.DataCheckResult;
import com.tickmark.model.audit.DataVerification;
import com.tickmark.model.demo.DemoConfig;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.refdata.Currency;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.PasswordHasher;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.persistence.Repositories;
import com.tickmark.persistence.recon.ReconRepositories;
import com.tickmark.persistence.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoFirmInstallerTest {
  static final DemoConfig SMALL =
      new DemoConfig(11, LocalDate.of(2025, 11, 20), 60, 2, 200, FaultRates.DEFAULTS);
  @TempDir Path dir;

  private static AppServices services(Workspace ws) {
    return AppServices.of(ws, Clock.systemUTC(), new PasswordHasher(1_000, new SecureRandom()));
  }

  @Test
  void storesEverythingTheSummaryCountsAndRecordsTheImport() {
    try (Workspace ws = Workspace.open(dir)) {
      AppServices services = services(ws);
      DemoFirmInstaller.Summary s =
          new DemoFirmInstaller().install(services, SMALL, DemoFirmInstaller.Progress.NONE);
      Repositories r = services.repositories();
      assertThat(services.area(TradeServices.class).repositories().trades().count())
          .isEqualTo(s.trades())
          .isBetween(380, 420);
      assertThat(r.marketData().countPrices()).isEqualTo(s.prices());
      assertThat(r.referenceData().instruments())
          .hasSize(s.instruments())
          .hasSizeGreaterThanOrEqualTo(200);
      assertThat(r.settings().businessDate()).contains(SMALL.asOf());
      assertThat(r.users().all()).hasSize(DemoUsers.ALL.size());
      assertThat(
              r.audit()
                  .search(
                      new AuditFilter(null, "Workspace", null, AuditAction.IMPORT, null, null, 0)))
          .hasSize(1);
      assertThat(r.audit().verify().isIntact()).isTrue();
      assertThat(DemoFirmInstaller.holdsFirm(services)).isTrue();
      assertThat(ws.directory().resolve(DemoFirmInstaller.FAULT_MANIFEST)).exists();
      assertThat(ws.directory().resolve(DemoFirmInstaller.EXPECTED_MATCHES)).exists();
      assertThat(ReconRepositories.of(ws).aliases().aliases())
          .hasSize(r.referenceData().counterparties().size());
      assertThat(ws.directory().resolve("inbox.partial")).doesNotExist();
    }
  }

  /**
   * Issue #11, point 8: the demo's FAILED trades were at version 1, with no lifecycle history and
   * no fail reason. Each trade now shows the steps of its day as versions (what the blotter's
   * Versions tab lists), and {@code audit verify --data} vouches for every one of them.
   */
  @Test
  void aFailedDemoTradeShowsItsLifecycleAsVersionsThatTheDataCheckVouchesFor() {
    try (Workspace ws = Workspace.open(dir)) {
      AppServices services = services(ws);
      new DemoFirmInstaller()
          .install(
              services,
              new DemoConfig(11, SMALL.asOf(), 60, 6, 200, FaultRates.DEFAULTS),
              DemoFirmInstaller.Progress.NONE);
      Actor clerk = services.users().signIn("clerk", DemoUsers.PASSWORD.toCharArray());
      long failed =
          ws.dsl().fetchOne("SELECT MIN(id) FROM trade WHERE status = 'FAILED'").get(0, Long.class);

      List<TradeVersion> versions = services.trades().history(clerk, new TradeId(failed));

      assertThat(versions)
          .extracting(v -> v.trade().status())
          .containsExactly(
              TradeStatus.NEW, TradeStatus.CONFIRMED, TradeStatus.AFFIRMED, TradeStatus.FAILED);
      assertThat(versions).extracting(TradeVersion::recordedBy).containsOnly("clerk");
      assertThat(versions).extracting(TradeVersion::recordedAt).isSorted().doesNotContainNull();
      assertThat(versions.get(0).recordedAt()).isAfter(versions.get(0).trade().executionTime());
      assertThat(versions.get(3).reason())
          .containsPattern("Failed at the custodian: (LACK|MONY|CMIS)");
      assertThat(versions.get(3).recordedAt().atOffset(ZoneOffset.UTC).toLocalDate())
          .isEqualTo(versions.get(3).trade().settlementDate());

      Actor compliance = services.users().signIn("compliance", DemoUsers.PASSWORD.toCharArray());
      DataVerification data = services.audit().verifyData(compliance);
      assertThat(data.isIntact()).as(String.join("\n", data.describe())).isTrue();
      DataCheckResult tradeCheck =
          data.checks().stream().filter(c -> c.name().equals("trades")).findFirst().orElseThrow();
      assertThat(tradeCheck.recordsChecked())
          .as("every version, not only the current ones")
          .isEqualTo(ws.dsl().fetchCount(ws.dsl().selectFrom("trade_history")) + 1200L);

      // behind the application's back: an earlier step of the trade edited
      ws.dsl()
          .execute(
              "UPDATE trade_history SET price = price + 1 WHERE id = "
                  + failed
                  + " AND trade_version = 2");
      DataVerification edited = services.audit().verifyData(compliance);
      assertThat(edited.isIntact()).isFalse();
      assertThat(String.join("\n", edited.describe()))
          .contains("the demo firm's trades")
          .contains("one or more was changed behind the application's back");
    }
  }

  @Test
  void aCancelledInstallLeavesTheWorkspaceAsItWas() {
    try (Workspace ws = Workspace.open(dir)) {
      AppServices services = services(ws);
      DemoFirmInstaller.Progress cancelWhileStoring =
          new DemoFirmInstaller.Progress() {
            double last;

            @Override
            public void update(double fraction, String message) {
              last = fraction;
            }

            @Override
            public boolean cancelled() {
              return last >= 0.8; // after prices are stored, before the trades
            }
          };
      assertThatThrownBy(() -> new DemoFirmInstaller().install(services, SMALL, cancelWhileStoring))
          .isInstanceOf(CancellationException.class);
      assertNothingWasWritten(ws, services);
    }
  }

  @Test
  void aFailedInstallLeavesTheWorkspaceAsItWas() {
    try (Workspace ws = Workspace.open(dir)) {
      AppServices services = services(ws);
      // a currency the demo also wants to create: its insert fails half-way through the load
      services
          .repositories()
          .referenceData()
          .insertCurrencies(List.of(new Currency(CurrencyCode.GBP, "Pound", 2)));
      assertThatThrownBy(
              () ->
                  new DemoFirmInstaller().install(services, SMALL, DemoFirmInstaller.Progress.NONE))
          .hasMessageContaining("GBP");
      assertNothingWasWritten(ws, services);
      assertThat(services.repositories().referenceData().currencies()).hasSize(1);
    }
  }

  private static void assertNothingWasWritten(Workspace ws, AppServices services) {
    Repositories r = services.repositories();
    assertThat(services.area(TradeServices.class).repositories().trades().count()).isZero();
    assertThat(r.marketData().countPrices()).isZero();
    assertThat(r.referenceData().instruments()).isEmpty();
    assertThat(r.users().all()).isEmpty();
    assertThat(r.settings().businessDate()).isEmpty();
    assertThat(r.audit().verify().recordsChecked()).isZero();
    assertThat(Files.exists(ws.inbox())).isFalse();
    assertThat(ws.directory().resolve("inbox.partial")).doesNotExist();
    assertThat(ws.directory().resolve(DemoFirmInstaller.FAULT_MANIFEST)).doesNotExist();
    assertThat(ws.directory().resolve(DemoFirmInstaller.EXPECTED_MATCHES)).doesNotExist();
    assertThat(DemoFirmInstaller.holdsFirm(services)).isFalse();
  }
}
