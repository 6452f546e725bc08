package com.tickmark.app.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.app.ui.common.TradeValues;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.app.ui.trade.AmendTradeViewModel.Change;
import com.tickmark.model.approval.ApprovalStatus;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.trade.NewTrade;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeService;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeValidator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Amending, cancelling, confirming, affirming, failing and settling trades through the view models,
 * without a toolkit.
 */
class AmendTradeViewModelTest {
  @TempDir Path dir;
  SecurityFixture fx;
  Actor clerk;
  TradeService trades;

  @BeforeEach
  void setUp() {
    fx = SecurityFixture.create(dir);
    clerk = fx.user("carla", Role.CLERK);
    trades = fx.services.trades();
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  Trade newTrade() {
    return tradedOn(null);
  }

  /** A phone trade of {@code tradeDate} (the business date, 2025-11-20, when null). */
  Trade tradedOn(LocalDate tradeDate) {
    return trades.capture(
        clerk,
        new NewTrade(
            "MOMO-EU",
            "SAP",
            Side.BUY,
            new BigDecimal("1000"),
            new BigDecimal("210.50"),
            BigDecimal.ZERO,
            BigDecimal.ZERO,
            "GSCO",
            null,
            tradeDate,
            null,
            null),
        "phone trade");
  }

  Trade affirmed(Trade t) {
    return trades.affirm(clerk, trades.confirm(clerk, t.id(), "confirmed").id(), "affirmed");
  }

  AmendTradeViewModel amend(Trade t) {
    return new AmendTradeViewModel(
        trades,
        clerk,
        new DirectTaskExecutor(),
        t,
        TradeValues.read(fx.services.referenceData(), clerk));
  }

  TradeActionViewModel action(TradeActionViewModel.Action a, List<Trade> picked) {
    return new TradeActionViewModel(
        trades,
        clerk,
        new DirectTaskExecutor(),
        a,
        picked,
        fx.services.businessDate().businessDate());
  }

  @Test
  void showsEachChangeAsOldToNewAndNeedsAChangeAndAReason() {
    AmendTradeViewModel vm = amend(newTrade());
    assertThat(vm.quantityProperty().get()).isEqualTo("1000");
    assertThat(vm.canSubmitProperty().get()).isFalse();
    vm.priceProperty().set("211");
    vm.settlementDateProperty().set(LocalDate.of(2025, 11, 25));
    assertThat(vm.changes())
        .extracting(Change::toString)
        .containsExactly("Price: 210.50 → 211.00", "Settlement date: 2025-11-24 → 2025-11-25");
    assertThat(vm.canSubmitProperty().get()).as("no reason yet").isFalse();
    assertThat(vm.firstProblemProperty().get()).startsWith("Reason: say why");
    vm.reasonProperty().set("broker's price");
    assertThat(vm.canSubmitProperty().get()).isTrue();
    vm.priceProperty().set("210.5");
    vm.settlementDateProperty().set(LocalDate.of(2025, 11, 24));
    assertThat(vm.changes()).isEmpty();
    assertThat(vm.canSubmitProperty().get()).isFalse();
    assertThat(vm.firstProblemProperty().get())
        .isEqualTo("Change at least one field: this is the trade as it is.");
  }

  @Test
  void amountsReadInTheTradeCurrencysDecimalsAndQuantitiesWithoutTrailingZeros() {
    AmendTradeViewModel vm = amend(newTrade());
    assertThat(vm.quantityProperty().get()).isEqualTo("1000");
    assertThat(vm.priceProperty().get()).isEqualTo("210.50");
    assertThat(vm.commissionProperty().get()).isEqualTo("0.00");
    assertThat(vm.feesProperty().get()).isEqualTo("0.00");
    vm.commissionProperty().set("4.5");
    vm.quantityProperty().set("1,250.5");
    assertThat(vm.changes())
        .extracting(Change::toString)
        .containsExactly("Quantity: 1,000 → 1,250.5", "Commission: 0.00 → 4.50");
  }

  @Test
  void refusesWhatNoVersionOfATradeMayBe() {
    AmendTradeViewModel vm = amend(newTrade());
    vm.reasonProperty().set("typo");
    vm.quantityProperty().set("-5");
    vm.settlementDateProperty().set(LocalDate.of(2025, 11, 19));
    assertThat(vm.problemProperty(TradeValidator.QUANTITY).get())
        .isEqualTo("must be positive, not -5");
    assertThat(vm.problemProperty(AmendTradeViewModel.SETTLEMENT_DATE).get())
        .isEqualTo("2025-11-19 is before the trade date 2025-11-20");
    assertThat(vm.canSubmitProperty().get()).isFalse();
  }

  @Test
  void amendingANewTradeMakesItsNextVersionAtOnce() {
    Trade t = newTrade();
    AmendTradeViewModel vm = amend(t);
    vm.quantityProperty().set("900");
    vm.reasonProperty().set("partial fill");
    List<TradeService.Outcome> done = new ArrayList<>();
    vm.submit(done::add);
    assertThat(done).hasSize(1);
    assertThat(done.get(0).waitsForApproval()).isFalse();
    assertThat(AmendTradeViewModel.describe(done.get(0)))
        .isEqualTo("Amended: " + t.id() + " is now version 2.");
    Trade now = trades.find(clerk, t.id()).orElseThrow();
    assertThat(now.version()).isEqualTo(2);
    assertThat(now.grossAmount()).isEqualByComparingTo("189450.00");
  }

  @Test
  void amendingAConfirmedTradeRaisesARequestForASecondPerson() {
    Trade t = trades.confirm(clerk, newTrade().id(), "confirmed");
    AmendTradeViewModel vm = amend(t);
    assertThat(vm.fourEyes()).isTrue();
    vm.priceProperty().set("211");
    vm.reasonProperty().set("broker's price");
    List<TradeService.Outcome> done = new ArrayList<>();
    vm.submit(done::add);
    assertThat(done.get(0).waitsForApproval()).isTrue();
    long request = done.get(0).request().id().value();
    assertThat(AmendTradeViewModel.describe(done.get(0)))
        .startsWith("Sent for approval: request #" + request + ".");
    assertThat(fx.services.approvals().submittedBy(clerk))
        .singleElement()
        .satisfies(r -> assertThat(r.status()).isEqualTo(ApprovalStatus.PENDING));
    assertThat(trades.find(clerk, t.id()).orElseThrow().price())
        .as("unchanged until approved")
        .isEqualByComparingTo("210.50");
  }

  @Test
  void aSettledOrCancelledTradeCannotBeAmended() {
    Trade t = trades.cancel(clerk, newTrade().id(), "wrong book").trade();
    AmendTradeViewModel vm = amend(t);
    vm.priceProperty().set("211");
    vm.reasonProperty().set("x");
    assertThat(vm.canSubmitProperty().get()).isFalse();
    assertThat(vm.firstProblemProperty().get())
        .isEqualTo("Trade " + t.id() + " is CANCELLED and can no longer be amended.");
  }

  @Test
  void cancellingNeedsAReasonAndANewTradeIsCancelledAtOnce() {
    Trade t = newTrade();
    TradeActionViewModel vm = action(TradeActionViewModel.Action.CANCEL, List.of(t));
    assertThat(vm.fourEyes()).isFalse();
    assertThat(vm.canSubmitProperty().get()).isFalse();
    vm.reasonProperty().set("wrong book");
    List<TradeService.Outcome> done = new ArrayList<>();
    vm.cancel(done::add);
    assertThat(done.get(0).trade().status()).isEqualTo(TradeStatus.CANCELLED);
    assertThat(AmendTradeViewModel.describe(done.get(0)))
        .isEqualTo("Cancelled: " + t.id() + " is now version 2.");
  }

  @Test
  void confirmsTheNewTradesPickedAndNamesTheOthers() {
    Trade a = newTrade();
    Trade b = newTrade();
    Trade cancelled = trades.cancel(clerk, newTrade().id(), "dup").trade();
    TradeActionViewModel vm = action(TradeActionViewModel.Action.CONFIRM, List.of(a, b, cancelled));
    assertThat(vm.eligible()).containsExactly(a, b);
    assertThat(vm.refused())
        .extracting(TradeActionViewModel.Refusal::toString)
        .containsExactly(cancelled.id() + ": is CANCELLED, which is final");
    assertThat(vm.canSubmitProperty().get()).as("the note is optional").isTrue();
    List<Trade> moved = new ArrayList<>();
    vm.moveAll(moved::addAll);
    assertThat(moved).extracting(Trade::status).containsOnly(TradeStatus.CONFIRMED);
    assertThat(trades.find(clerk, a.id()).orElseThrow().status()).isEqualTo(TradeStatus.CONFIRMED);

    TradeActionViewModel affirm =
        action(TradeActionViewModel.Action.AFFIRM, List.of(moved.get(0), a));
    assertThat(affirm.eligible()).containsExactly(moved.get(0));
    assertThat(affirm.refused())
        .extracting(r -> r.why())
        .containsExactly("is NEW; only CONFIRMED trades can be affirmed");
  }

  @Test
  void aCancellationCannotRideAlongWithTheStepsTakenTogether() {
    Trade a = newTrade();
    assertThatThrownBy(
            () -> trades.changeStatus(clerk, List.of(a.id()), TradeStatus.CANCELLED, "dup"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(trades.find(clerk, a.id()).orElseThrow().status()).isEqualTo(TradeStatus.NEW);
  }

  @Test
  void confirmingIsAllOrNothing() {
    Trade a = newTrade();
    Trade b = newTrade();
    TradeActionViewModel vm = action(TradeActionViewModel.Action.CONFIRM, List.of(a, b));
    trades.cancel(clerk, b.id(), "cancelled meanwhile by someone else");
    List<Trade> moved = new ArrayList<>();
    vm.moveAll(moved::addAll);
    assertThat(moved).isEmpty();
    assertThat(vm.errorProperty().get())
        .startsWith("No trade was confirmed: Trade " + b.id() + " is CANCELLED");
    assertThat(trades.find(clerk, a.id()).orElseThrow().status())
        .as("rolled back with the other")
        .isEqualTo(TradeStatus.NEW);
  }

  @Test
  void anAffirmedTradeFailsWithAReasonThenSettlesLateButNeitherBeforeItsSettlementDate() {
    Trade due = affirmed(tradedOn(LocalDate.of(2025, 11, 14)));
    Trade notYet = affirmed(newTrade());
    assertThat(due.settlementDate()).isEqualTo(LocalDate.of(2025, 11, 18));
    assertThat(notYet.settlementDate()).isEqualTo(LocalDate.of(2025, 11, 24));

    TradeActionViewModel fail = action(TradeActionViewModel.Action.FAIL, List.of(due, notYet));
    assertThat(fail.eligible()).containsExactly(due);
    assertThat(fail.refused())
        .extracting(TradeActionViewModel.Refusal::why)
        .containsExactly("settles on 2025-11-24, after the business date 2025-11-20");
    assertThat(fail.canSubmitProperty().get()).as("a fail needs its reason").isFalse();
    assertThat(fail.problemProperty().get()).startsWith("Say why it failed");
    fail.reasonProperty().set("counterparty short of stock");
    List<Trade> failed = new ArrayList<>();
    fail.moveAll(failed::addAll);
    assertThat(failed)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.status()).isEqualTo(TradeStatus.FAILED);
              assertThat(t.version()).isEqualTo(4);
            });

    TradeActionViewModel settle =
        action(TradeActionViewModel.Action.SETTLE, List.of(failed.get(0), notYet));
    assertThat(settle.eligible()).extracting(Trade::id).containsExactly(due.id());
    assertThat(settle.refused()).extracting(r -> r.trade().id()).containsExactly(notYet.id());
    assertThat(settle.canSubmitProperty().get()).as("the note is optional").isTrue();
    List<Trade> settled = new ArrayList<>();
    settle.moveAll(settled::addAll);
    assertThat(settled).extracting(Trade::status).containsExactly(TradeStatus.SETTLED);
    assertThat(trades.history(clerk, due.id()))
        .extracting(v -> v.trade().status() + " " + v.reason())
        .containsExactly(
            "NEW phone trade",
            "CONFIRMED confirmed",
            "AFFIRMED affirmed",
            "FAILED counterparty short of stock",
            "SETTLED Settled at the custodian");
    assertThat(trades.find(clerk, notYet.id()).orElseThrow().status())
        .isEqualTo(TradeStatus.AFFIRMED);
  }

  @Test
  void theServiceItselfRefusesToSettleOrFailATradeBeforeItsSettlementDate() {
    Trade notYet = affirmed(newTrade());
    assertThatThrownBy(() -> trades.settle(clerk, notYet.id(), "early"))
        .hasMessage(
            "Trade "
                + notYet.id()
                + " settles on 2025-11-24; on business date 2025-11-20 it can neither settle nor"
                + " fail yet.");
    assertThatThrownBy(() -> trades.fail(clerk, notYet.id(), "early"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(trades.history(clerk, notYet.id())).hasSize(3);
  }
}
