package com.tickmark.persistence.refdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.approval.FourEyesViolationException;
import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Lei;
import com.tickmark.model.refdata.ReferenceData;
import com.tickmark.model.refdata.ReferenceDataException;
import com.tickmark.model.refdata.ReferenceDataKind;
import com.tickmark.model.refdata.ReferenceDataMaintenance.Outcome;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.SsiId;
import com.tickmark.model.refdata.SsiResolver;
import com.tickmark.model.security.Actor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standing settlement instructions on a real workspace database: stored and read back, and added,
 * edited, retired and reinstated through the reference-data maintenance, audited and under four
 * eyes.
 */
class SsiPersistenceTest {
  static final Actor ADA = ReferenceDataMaintenanceTest.ADA;
  static final Actor BEN = ReferenceDataMaintenanceTest.BEN;

  static final Counterparty BANK =
      new Counterparty(
          new CounterpartyId(3),
          "FHB",
          "First Harborview Bank",
          CounterpartyRole.BANK,
          Lei.withCheckDigits("5493000FHB00000000"),
          new Bic("FHBVUS33"),
          "US");
  static final Account CASH_USD =
      new Account(
          new AccountId(2),
          "CASH-USD",
          "USD cash",
          AccountType.CASH,
          BANK.id(),
          CurrencyCode.USD,
          "0012345678",
          null);
  static final Account CASH_EUR =
      new Account(
          new AccountId(3),
          "CASH-EUR",
          "EUR cash",
          AccountType.CASH,
          BANK.id(),
          CurrencyCode.EUR,
          "GB29NWBK60161331926819",
          null);
  static final Ssi NBS_EQ_US =
      new Ssi(
          new SsiId(1),
          "NBS-EQ-US",
          RepositoriesRoundTripTest.BROKER.id(),
          AssetClass.EQUITY,
          CurrencyCode.USD,
          "US",
          new Bic("DTCYUS33"),
          RepositoriesRoundTripTest.CUSTODY.id(),
          CASH_USD.id(),
          new Bic("NBSCUS33"),
          "DTC 0352",
          false);
  static final Ssi NBS_FX_EUR =
      new Ssi(
          new SsiId(2),
          "NBS-FX-EUR",
          RepositoriesRoundTripTest.BROKER.id(),
          AssetClass.FX_SPOT,
          CurrencyCode.EUR,
          "",
          null,
          null,
          CASH_EUR.id(),
          new Bic("MKCLDEFF"),
          "DE89370400440532013000",
          true);

  @TempDir Path dir;
  MaintenanceFixture fixture;
  ReferenceDataRepository refdata;

  @BeforeEach
  void open() {
    fixture = new MaintenanceFixture(dir);
    refdata = fixture.refdata;
    fixture.ws.run(
        () -> {
          refdata.insertCurrencies(
              List.of(RepositoriesRoundTripTest.USD, RepositoriesRoundTripTest.EUR));
          refdata.insertCounterparties(
              List.of(RepositoriesRoundTripTest.BROKER, RepositoriesRoundTripTest.CUSTODIAN, BANK));
          refdata.insertAccounts(List.of(RepositoriesRoundTripTest.CUSTODY, CASH_USD, CASH_EUR));
          refdata.insertSsis(List.of(NBS_EQ_US, NBS_FX_EUR));
        });
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  Ssi ssi(String code) {
    return refdata.ssis().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
  }

  List<AuditRecord> trail() {
    return fixture.trail("Ssi");
  }

  static Map<String, String> anyMarket() {
    Map<String, String> v = new HashMap<>();
    v.put("code", "NBS-EQ-ANY");
    v.put("counterparty", "NBS");
    v.put("asset-class", "EQUITY");
    v.put("currency", "USD");
    v.put("place-of-settlement", "DTCYUS33");
    v.put("our-custody-account", "HTC-US-01");
    v.put("our-cash-account", "CASH-USD");
    v.put("agent-bic", "IRVTUS3N");
    v.put("their-account", "DTC 0901");
    return v;
  }

  @Test
  void ssisReadBackAsStoredSecuritiesAndFxAlikeAndInTheReferenceData() {
    assertThat(refdata.ssis()).containsExactly(NBS_EQ_US, NBS_FX_EUR);
    assertThat(ReferenceData.of(refdata).ssi("nbs-fx-eur")).contains(NBS_FX_EUR);
    assertThat(refdata.nextId(ReferenceDataKind.SSI)).isEqualTo(3);
  }

  @Test
  void theStoreReplacesAnSsiOnlyWhileItIsAsTheEditorSawItAndRefusesAHalfSecuritiesOne() {
    assertThat(
            fixture.ws.inTransaction(
                () -> refdata.replace(NBS_FX_EUR.withRetired(false), NBS_FX_EUR)))
        .as("stale: it is retired")
        .isFalse();
    assertThat(
            fixture.ws.inTransaction(() -> refdata.replace(NBS_EQ_US, NBS_EQ_US.withRetired(true))))
        .isTrue();
    assertThat(ssi("NBS-EQ-US").retired()).isTrue();

    assertThatThrownBy(
            () ->
                fixture.ws.run(
                    () ->
                        fixture
                            .ws
                            .dsl()
                            .execute(
                                "INSERT INTO standing_settlement_instruction (id, code,"
                                    + " counterparty_id, asset_class, currency, market_country,"
                                    + " cash_account_id, agent_bic, their_account) VALUES (9,"
                                    + " 'BAD', 1, 'EQUITY', 'USD', 'US', 2, 'NBSCUS33', 'X')")))
        .as("no place of settlement or custody account for securities")
        .hasMessageContaining("SSI_SECURITIES_OR_CASH");
  }

  @Test
  void anAddedSsiWaitsForASecondAdministratorThenIsStoredAndResolves() {
    Outcome request =
        fixture.maintenance.add(ADA, ReferenceDataKind.SSI, anyMarket(), "new US agent");

    assertThat(request.waitsForApproval()).isTrue();
    assertThat(request.summary())
        .isEqualTo(
            "Add SSI NBS-EQ-ANY: code NBS-EQ-ANY, counterparty NBS, asset-class EQUITY, currency"
                + " USD, place-of-settlement DTCYUS33, our-custody-account HTC-US-01,"
                + " our-cash-account CASH-USD, agent-bic IRVTUS3N, their-account DTC 0901");
    assertThat(refdata.ssis()).as("until approved").hasSize(2);
    assertThatThrownBy(() -> fixture.approvals.approve(ADA, request.request().id(), "ok"))
        .isInstanceOf(FourEyesViolationException.class);

    fixture.approvals.approve(BEN, request.request().id(), "called the broker back");

    Ssi added = ssi("NBS-EQ-ANY");
    assertThat(added.id()).isEqualTo(new SsiId(3));
    assertThat(added.agent()).isEqualTo(new Bic("IRVTUS3N"));
    assertThat(trail())
        .extracting(r -> r.event().actor() + " " + r.event().action())
        .containsExactly("ada SUBMIT_FOR_APPROVAL", "ben CREATE");
    AuditEvent created = trail().get(1).event();
    assertThat(created.entityId()).isEqualTo("NBS-EQ-ANY");
    assertThat(created.after()).contains("\"agent-bic\":\"IRVTUS3N\"", "\"retired\":false");
    assertThat(created.reason()).isEqualTo("approved request #1 of ada: new US agent");
    assertThat(
            SsiResolver.of(ReferenceData.of(refdata))
                .resolve(
                    RepositoriesRoundTripTest.BROKER.id(),
                    AssetClass.EQUITY,
                    CurrencyCode.USD,
                    "GB"))
        .contains(added);
  }

  @Test
  void anAmbiguousAdditionIsRefusedAtOnceAndAgainWhenApprovedAfterAnotherTookItsPlace() {
    Map<String, String> second = anyMarket();
    second.put("code", "NBS-EQ-US2");
    second.put("country", "US");
    assertThatThrownBy(
            () -> fixture.maintenance.add(ADA, ReferenceDataKind.SSI, second, "duplicate"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith(
            "country: NBS-EQ-US already settles NBS's EQUITY trades in USD in US");

    Outcome first = fixture.maintenance.add(ADA, ReferenceDataKind.SSI, anyMarket(), "one");
    Map<String, String> rival = anyMarket();
    rival.put("code", "NBS-EQ-ANY2");
    Outcome other = fixture.maintenance.add(ADA, ReferenceDataKind.SSI, rival, "the same, again");
    fixture.approvals.approve(BEN, first.request().id(), "ok");

    assertThatThrownBy(() -> fixture.approvals.approve(BEN, other.request().id(), "ok"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining(
            "NBS-EQ-ANY already settles NBS's EQUITY trades in USD in any market");
    assertThat(refdata.ssis()).extracting(Ssi::code).doesNotContain("NBS-EQ-ANY2");
  }

  @Test
  void anEditOfAnSsiWaitsForASecondAdministratorAndIsAudited() {
    Outcome request =
        fixture.maintenance.edit(
            ADA,
            ReferenceDataKind.SSI,
            "nbs-eq-us",
            null,
            Map.of("their-account", "DTC 0999"),
            "broker's letter of 18 November");

    assertThat(request.waitsForApproval()).isTrue();
    assertThat(request.summary())
        .isEqualTo("Change SSI NBS-EQ-US: their-account DTC 0352 → DTC 0999");
    assertThat(ssi("NBS-EQ-US").theirAccount()).as("until approved").isEqualTo("DTC 0352");

    fixture.approvals.approve(BEN, request.request().id(), "confirmed by phone");

    assertThat(ssi("NBS-EQ-US").theirAccount()).isEqualTo("DTC 0999");
    AuditEvent amended = trail().get(1).event();
    assertThat(amended.actor()).isEqualTo("ben");
    assertThat(amended.action()).isEqualTo(AuditAction.AMEND);
    assertThat(amended.before()).contains("\"their-account\":\"DTC 0352\"");
    assertThat(amended.after()).contains("\"their-account\":\"DTC 0999\"");
  }

  @Test
  void retiringAndReinstatingAreAuditedAndAReinstatedSsiMustNotTieWithOneInUse() {
    Outcome retired =
        fixture.maintenance.retire(
            ADA, ReferenceDataKind.SSI, "NBS-EQ-US", "broker closed its account");
    assertThat(retired.waitsForApproval()).isFalse();
    assertThat(retired.summary()).isEqualTo("Retired SSI NBS-EQ-US.");
    assertThat(ssi("NBS-EQ-US").retired()).isTrue();
    AuditEvent event = trail().get(0).event();
    assertThat(event.action()).isEqualTo(AuditAction.STATUS_CHANGE);
    assertThat(event.after()).contains("\"retired\":true");

    Map<String, String> successor = anyMarket();
    successor.put("code", "NBS-EQ-US-NEW");
    successor.put("country", "US");
    fixture.approvals.approve(
        BEN,
        fixture
            .maintenance
            .add(ADA, ReferenceDataKind.SSI, successor, "new account")
            .request()
            .id(),
        "ok");

    assertThatThrownBy(
            () ->
                fixture.maintenance.reinstate(
                    ADA, ReferenceDataKind.SSI, "NBS-EQ-US", "back again"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith(
            "country: NBS-EQ-US-NEW already settles NBS's EQUITY trades in USD in US");
    assertThat(ssi("NBS-EQ-US").retired()).isTrue();

    fixture.maintenance.retire(ADA, ReferenceDataKind.SSI, "NBS-EQ-US-NEW", "wrong after all");
    assertThat(
            fixture
                .maintenance
                .reinstate(ADA, ReferenceDataKind.SSI, "NBS-EQ-US", "back")
                .summary())
        .isEqualTo("Reinstated SSI NBS-EQ-US.");
    assertThat(ssi("NBS-EQ-US").retired()).isFalse();
  }
}
