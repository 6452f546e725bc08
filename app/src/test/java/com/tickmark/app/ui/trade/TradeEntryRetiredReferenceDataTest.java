package com.tickmark.app.ui.trade;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.refdata.ReferenceDataServices;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.refdata.ReferenceDataKind;
import com.tickmark.model.refdata.ReferenceDataMaintenance;
import com.tickmark.model.security.Role;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.TradeValidator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manual trade form offers no retired reference data and refuses it when typed in. */
class TradeEntryRetiredReferenceDataTest {
  @TempDir Path dir;
  SecurityFixture fx;

  @BeforeEach
  void setUp() {
    fx = SecurityFixture.create(dir);
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  @Test
  void retiredReferenceDataIsNotOfferedAndARetiredInstrumentTypedInIsRefused() {
    ReferenceDataMaintenance maintenance =
        fx.services.area(ReferenceDataServices.class).maintenance();
    maintenance.retire(fx.admin, ReferenceDataKind.INSTRUMENT, "SAP", "delisted");
    maintenance.retire(fx.admin, ReferenceDataKind.COUNTERPARTY, "GSCO", "no longer used");

    TradeEntryViewModel vm =
        new TradeEntryViewModel(
            fx.services.trades(),
            fx.services.referenceData(),
            fx.services.businessDate(),
            fx.user("carla", Role.CLERK),
            new DirectTaskExecutor(),
            Clock.fixed(Instant.parse("2025-11-20T14:31:05Z"), ZoneOffset.UTC));
    vm.load();

    assertThat(vm.instruments())
        .extracting(TradeEntryViewModel.Choice::code)
        .isNotEmpty()
        .doesNotContain("SAP");
    assertThat(vm.brokers()).extracting(TradeEntryViewModel.Choice::code).doesNotContain("GSCO");
    vm.bookProperty().set("MOMO-EU");
    vm.instrumentProperty().set("SAP");
    vm.sideProperty().set(Side.BUY);
    vm.quantityProperty().set("1000");
    vm.priceProperty().set("210.50");
    vm.counterpartyProperty().set("GSCO");
    vm.reasonProperty().set("phone trade with the desk");
    assertThat(vm.problemProperty(TradeValidator.INSTRUMENT).get())
        .isEqualTo("SAP is retired and takes no new trades");
    assertThat(vm.problemProperty(TradeValidator.COUNTERPARTY).get())
        .isEqualTo("GSCO is retired and takes no new trades");
    assertThat(vm.canCaptureProperty().get()).isFalse();
  }
}
