package com.tickmark.model.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.TradeLifecycle;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.trade.blotter.SameDayAffirmation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #11, point 8: the demo's FAILED trades were at version 1, with no history and no fail
 * reason. Each demo trade now carries the steps a real day gives it, as versions.
 */
class DemoLifecycleTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 11, 20);
  private static DemoFirm firm;
  private static DemoLifecycle lifecycle;
  private static Map<TradeId, SettlementOutcome> outcomes;

  @BeforeAll
  static void generate() {
    firm =
        new DemoFirmGenerator(DemoTestCalendars.all())
            .generate(new DemoConfig(42, AS_OF, 60, 8, 600, FaultRates.DEFAULTS));
    lifecycle = DemoLifecycle.of(firm, "clerk");
    outcomes = new HashMap<>();
    firm.settlementOutcomes().forEach(o -> outcomes.put(o.tradeId(), o));
  }

  private static List<TradeStatus> statuses(List<TradeVersion> versions) {
    return versions.stream().map(v -> v.trade().status()).toList();
  }

  private static LocalDate utcDate(TradeVersion v) {
    return v.recordedAt().atOffset(ZoneOffset.UTC).toLocalDate();
  }

  @Test
  void aFailedTradeWasConfirmedAffirmedAndFailedOnItsSettlementDateWithTheCustodiansReason() {
    List<Trade> failed =
        firm.trades().stream().filter(t -> t.status() == TradeStatus.FAILED).toList();
    assertThat(failed).isNotEmpty();
    for (Trade t : failed) {
      List<TradeVersion> versions = lifecycle.versionsOf(t);
      SettlementOutcome o = outcomes.get(t.id());
      assertThat(statuses(versions))
          .as(t.id().display())
          .containsExactly(
              TradeStatus.NEW, TradeStatus.CONFIRMED, TradeStatus.AFFIRMED, TradeStatus.FAILED);
      TradeVersion fail = versions.get(3);
      assertThat(fail.trade()).isEqualTo(t);
      assertThat(t.version()).isEqualTo(4);
      assertThat(fail.reason())
          .startsWith("Failed at the custodian: " + o.failReason())
          .containsAnyOf("lack of securities", "lack of cash", "counterparty instruction");
      assertThat(utcDate(fail)).isEqualTo(o.intendedDate());
    }
  }

  @Test
  void aTradeThatSettledLateFailedFirstThenSettledOnTheDayItDid() {
    List<Trade> late =
        firm.trades().stream()
            .filter(t -> t.status() == TradeStatus.SETTLED && !outcomes.get(t.id()).settledOnTime())
            .toList();
    assertThat(late).isNotEmpty();
    for (Trade t : late) {
      List<TradeVersion> versions = lifecycle.versionsOf(t);
      SettlementOutcome o = outcomes.get(t.id());
      assertThat(statuses(versions))
          .containsExactly(
              TradeStatus.NEW,
              TradeStatus.CONFIRMED,
              TradeStatus.AFFIRMED,
              TradeStatus.FAILED,
              TradeStatus.SETTLED);
      assertThat(versions.get(3).reason()).contains(o.failReason());
      assertThat(utcDate(versions.get(3))).isEqualTo(o.intendedDate());
      assertThat(utcDate(versions.get(4))).isEqualTo(o.actualDate());
    }
  }

  @Test
  void everyTradesStepsFollowTheLifecycleInTimeFromItsExecutionAndEndAtTheTrade() {
    for (Trade t : firm.trades()) {
      List<TradeVersion> versions = lifecycle.versionsOf(t);
      assertThat(versions).hasSize(t.version());
      assertThat(versions.get(versions.size() - 1).trade()).isEqualTo(t);
      assertThat(versions.get(0).trade().status()).isEqualTo(TradeStatus.NEW);
      assertThat(versions.get(0).recordedAt()).isAfter(t.executionTime());
      assertThat(versions.get(0).reason()).contains(t.execId());
      for (int k = 0; k < versions.size(); k++) {
        TradeVersion v = versions.get(k);
        assertThat(v.recordedBy()).isEqualTo("clerk");
        assertThat(v.trade().version()).isEqualTo(k + 1);
        assertThat(v.trade().asVersion(t.version(), t.status())).as("same terms").isEqualTo(t);
        if (k > 0) {
          TradeVersion before = versions.get(k - 1);
          assertThat(TradeLifecycle.allows(before.trade().status(), v.trade().status())).isTrue();
          assertThat(v.recordedAt()).isAfter(before.recordedAt());
        }
        if (v.trade().status() == TradeStatus.SETTLED && k == 3) {
          assertThat(utcDate(v)).isEqualTo(t.settlementDate());
        }
      }
    }
  }

  @Test
  void mostTradesAreAffirmedTheSameDayAndAFewTheNextMorning() {
    int affirmed = 0;
    int late = 0;
    for (Trade t : firm.trades()) {
      for (TradeVersion v : lifecycle.versionsOf(t)) {
        if (v.trade().status() == TradeStatus.AFFIRMED) {
          affirmed++;
          late += v.recordedAt().isAfter(SameDayAffirmation.cutoff(t.tradeDate())) ? 1 : 0;
        }
      }
    }
    assertThat(affirmed).isGreaterThan(firm.trades().size() / 2);
    assertThat((double) late / affirmed).isCloseTo(DemoLifecycle.LATE_AFFIRMATION, within(0.02));
  }

  @Test
  void theSameFirmHasTheSameLifecycle() {
    DemoLifecycle again = DemoLifecycle.of(firm, "clerk");
    for (Trade t : firm.trades().subList(0, 500)) {
      assertThat(again.versionsOf(t)).isEqualTo(lifecycle.versionsOf(t));
    }
  }
}
