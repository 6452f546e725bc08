package com.tickmark.app.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.security.Role;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeStatus;
import com.tickmark.model.trade.TradeValidator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manual trade form without a toolkit, over a fixture workspace (SAP: EUR, T+2 TARGET, close
 * 210.50 on 2025-11-20).
 */
class TradeEntryViewModelTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-20T14:31:05Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  SecurityFixture fx;
  Actor clerk;

  @BeforeEach
  void setUp() {
    fx = SecurityFixture.create(dir);
    clerk = fx.user("carla", Role.CLERK);
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  TradeEntryViewModel form(Actor actor) {
    TradeEntryViewModel vm =
        new TradeEntryViewModel(
            fx.services.trades(),
            fx.services.referenceData(),
            fx.services.businessDate(),
            actor,
            new DirectTaskExecutor(),
            CLOCK);
    vm.load();
    return vm;
  }

  static void fill(TradeEntryViewModel vm) {
    vm.bookProperty().set("MOMO-EU");
    vm.instrumentProperty().set("SAP");
    vm.sideProperty().set(Side.BUY);
    vm.quantityProperty().set("1,000");
    vm.priceProperty().set("210.50");
    vm.commissionProperty().set("12.5");
    vm.counterpartyProperty().set("GSCO");
    vm.reasonProperty().set("phone trade with the desk");
  }

  @Test
  void showsTheSettlementDateAndGrossAmountAsTheTradeIsTyped() {
    TradeEntryViewModel vm = form(clerk);
    assertThat(vm.tradeDateProperty().get())
        .as("defaults to the business date")
        .isEqualTo(LocalDate.of(2025, 11, 20));
    assertThat(vm.executionTimeProperty().get()).isEqualTo("14:31:05");
    assertThat(vm.settlementDateProperty().get()).isEmpty();
    vm.instrumentProperty().set("sap");
    assertThat(vm.settlementDateProperty().get())
        .as("T+2 on TARGET, over the weekend")
        .isEqualTo("2025-11-24");
    vm.quantityProperty().set("1,000");
    vm.priceProperty().set("210.50");
    assertThat(vm.grossAmountProperty().get()).isEqualTo("EUR 210,500.00");
    vm.tradeDateProperty().set(LocalDate.of(2025, 11, 19));
    assertThat(vm.settlementDateProperty().get()).isEqualTo("2025-11-21");
  }

  @Test
  void namesEveryProblemNextToItsFieldAndEnablesOkOnlyWhenTheTradeWouldBeRecorded() {
    TradeEntryViewModel vm = form(clerk);
    fill(vm);
    assertThat(vm.canCaptureProperty().get()).isTrue();
    assertThat(vm.firstProblemProperty().get()).isEmpty();

    vm.bookProperty().set("NOPE");
    vm.counterpartyProperty().set("BNYM");
    vm.priceProperty().set("250");
    vm.feesProperty().set("-1");
    vm.quantityProperty().set("1,5");
    vm.reasonProperty().set(" ");
    assertThat(vm.canCaptureProperty().get()).isFalse();
    assertThat(vm.problemProperty(TradeValidator.BOOK).get())
        .isEqualTo("'NOPE' is not in the reference data");
    assertThat(vm.problemProperty(TradeValidator.COUNTERPARTY).get())
        .isEqualTo("BNYM is a custodian, not a broker");
    assertThat(vm.problemProperty(TradeValidator.PRICE).get())
        .contains("18.8% away from SAP's reference price 210.5");
    assertThat(vm.problemProperty(TradeValidator.FEES).get())
        .isEqualTo("must not be negative, not -1");
    assertThat(vm.problemProperty(TradeValidator.QUANTITY).get())
        .isEqualTo("'1,5' is not a number");
    assertThat(vm.problemProperty(TradeEntryViewModel.REASON).get()).startsWith("say why");
    assertThat(vm.firstProblemProperty().get())
        .isEqualTo("Book: 'NOPE' is not in the reference data");

    fill(vm);
    vm.feesProperty().set("");
    assertThat(vm.canCaptureProperty().get()).isTrue();
  }

  @Test
  void aTradeDateAfterTheBusinessDateIsRefusedAsCaptureWouldRefuseIt() {
    TradeEntryViewModel vm = form(clerk);
    fill(vm);
    vm.tradeDateProperty().set(LocalDate.of(2025, 11, 21));
    assertThat(vm.problemProperty(TradeValidator.TRADE_DATE).get())
        .isEqualTo("2025-11-21 is after the business date 2025-11-20");
    assertThat(vm.canCaptureProperty().get()).isFalse();
  }

  @Test
  void capturesTheTradeAsVersionOneWithItsAuditRecord() {
    TradeEntryViewModel vm = form(clerk);
    fill(vm);
    vm.brokerRefProperty().set("GS-778");
    vm.orderIdProperty().set("ORD-42");
    List<Trade> captured = new ArrayList<>();
    vm.capture(captured::add);
    assertThat(captured).hasSize(1);
    Trade t = fx.services.trades().find(clerk, captured.get(0).id()).orElseThrow();
    assertThat(t.version()).isEqualTo(1);
    assertThat(t.status()).isEqualTo(TradeStatus.NEW);
    assertThat(t.source()).isEqualTo(TradeSource.MANUAL);
    assertThat(t.quantity()).isEqualByComparingTo("1000");
    assertThat(t.grossAmount()).isEqualByComparingTo("210500.00");
    assertThat(t.commission()).isEqualByComparingTo("12.50");
    assertThat(t.settlementDate()).isEqualTo(LocalDate.of(2025, 11, 24));
    assertThat(t.executionTime()).isEqualTo(Instant.parse("2025-11-20T14:31:05Z"));
    assertThat(t.brokerRef()).isEqualTo("GS-778");
    assertThat(t.orderId()).isEqualTo("ORD-42");
    List<AuditRecord> audit =
        fx.services
            .audit()
            .search(
                fx.admin, new AuditFilter(null, "Trade", t.id().display(), null, null, null, 10));
    assertThat(audit)
        .extracting(r -> r.event().action(), r -> r.event().actor(), r -> r.event().reason())
        .containsExactly(Tuple.tuple(AuditAction.CREATE, "carla", "phone trade with the desk"));
  }

  @Test
  void aUserWhoMayNotCaptureTradesCannotSendTheForm() {
    TradeEntryViewModel vm = form(fx.user("vera", Role.VIEWER));
    fill(vm);
    assertThat(vm.validProperty().get()).isTrue();
    assertThat(vm.canCaptureProperty().get()).isFalse();
    assertThat(
            TradeDialogs.permissionNote(
                fx.user("val", Role.VIEWER), Permission.CAPTURE_TRADES, "capture trades"))
        .isEqualTo(
            "Only CLERK users may capture trades (it needs CAPTURE_TRADES); you are VIEWER.");
  }

  @Test
  void readsNumbersWithThousandsSeparatorsButNotDecimalCommas() {
    assertThat(TradeEntryViewModel.number("12,345.5")).contains(new BigDecimal("12345.5"));
    assertThat(TradeEntryViewModel.number(" 1 000 ")).contains(new BigDecimal("1000"));
    assertThat(TradeEntryViewModel.number("1,5")).isEmpty();
    assertThat(TradeEntryViewModel.number("12,34,567")).isEmpty();
    assertThat(TradeEntryViewModel.number("abc")).isEmpty();
    assertThat(TradeEntryViewModel.number("1e6")).as("no scientific notation").isEmpty();
  }
}
