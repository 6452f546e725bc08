package com.tickmark.app.ui.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.tickmark.app.ui.approvals.ApprovalsViewModel.RequestRow;
import com.tickmark.app.ui.common.Changes.FieldChange;
import com.tickmark.app.ui.common.Notice;
import com.tickmark.app.ui.fixture.SecurityFixture;
import com.tickmark.app.ui.task.DirectTaskExecutor;
import com.tickmark.model.approval.ApprovalRequest;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.User;
import com.tickmark.model.trade.NewTrade;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.Trade;
import com.tickmark.model.trade.TradeAmendment;
import com.tickmark.model.trade.TradeService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalsViewModelTest {
  @TempDir Path dir;
  SecurityFixture fx;
  Actor clerk;
  Actor compliance;
  ApprovalRequest request;

  @BeforeEach
  void setUp() {
    fx = SecurityFixture.create(dir);
    clerk = fx.user("alice", Role.CLERK);
    compliance = fx.user("carol", Role.COMPLIANCE);
    request =
        fx.services
            .users()
            .requestRoleChange(
                fx.admin,
                "alice",
                EnumSet.of(Role.CLERK, Role.ACCOUNTANT),
                "covers month-end close");
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  private ApprovalsViewModel viewModelOf(Actor actor) {
    ApprovalsViewModel vm =
        new ApprovalsViewModel(
            fx.services.approvals(), fx.services.referenceData(), actor, new DirectTaskExecutor());
    vm.activate();
    return vm;
  }

  private Set<Role> rolesOf(String username) {
    return fx.services.users().list(fx.admin).stream()
        .filter(u -> u.username().equals(username))
        .findFirst()
        .map(User::roles)
        .orElseThrow();
  }

  @Test
  void inboxShowsOnlyWhatTheActorMayDecideAndNeverTheMakersOwn() {
    ApprovalsViewModel maker = viewModelOf(fx.admin);
    assertThat(maker.waiting().allRows())
        .as("the maker's own request never waits for the maker")
        .isEmpty();
    assertThat(maker.submitted().allRows())
        .extracting(RequestRow::number, RequestRow::status)
        .containsExactly(tuple(request.id().value(), "Pending"));

    ApprovalsViewModel checker = viewModelOf(compliance);
    assertThat(checker.waiting().allRows())
        .extracting(RequestRow::number)
        .containsExactly(request.id().value());
    assertThat(checker.waiting().allRows().get(0).kind()).isEqualTo("Role change");
    assertThat(checker.waitingCountProperty().get()).isEqualTo(1);
    assertThat(checker.submitted().allRows()).isEmpty();

    ApprovalsViewModel noPermission = viewModelOf(clerk);
    assertThat(noPermission.waiting().allRows())
        .as("a clerk may not approve access changes")
        .isEmpty();
    assertThat(noPermission.waitingCountProperty().get()).isZero();
  }

  @Test
  void approvingAppliesTheRoleChangeAndEmptiesTheInbox() {
    ApprovalsViewModel vm = viewModelOf(compliance);
    assertThat(vm.canApproveProperty().get()).as("nothing picked").isFalse();
    vm.selectedProperty().set(vm.waiting().allRows().get(0));
    assertThat(vm.canApproveProperty().get()).isTrue();
    assertThat(vm.selectedProperty().get().changes())
        .anySatisfy(
            c -> {
              assertThat(c.field()).isEqualTo("Roles");
              assertThat(c.changed()).isTrue();
              assertThat(c.after()).isEqualTo("ACCOUNTANT, CLERK");
            });

    vm.approve();

    assertThat(rolesOf("alice")).containsExactlyInAnyOrder(Role.CLERK, Role.ACCOUNTANT);
    assertThat(vm.waiting().allRows()).isEmpty();
    assertThat(vm.waitingCountProperty().get()).isZero();
    assertThat(vm.selectedProperty().get()).isNull();
    assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
    assertThat(vm.noticeProperty().get().title())
        .isEqualTo("Request #" + request.id().value() + " approved");

    ApprovalsViewModel maker = viewModelOf(fx.admin);
    RequestRow mine = maker.submitted().allRows().get(0);
    assertThat(mine.status()).isEqualTo("Approved");
    assertThat(mine.checker()).isEqualTo("carol");
  }

  @Test
  void anAmendmentReadsInCodesNamesAndTheCurrencysDecimalsChangedFieldsFirst() {
    TradeService trades = fx.services.trades();
    Trade t =
        trades.confirm(
            clerk,
            trades
                .capture(
                    clerk,
                    new NewTrade(
                        "MOMO-EU",
                        "SAP",
                        Side.BUY,
                        new BigDecimal("1000"),
                        new BigDecimal("210.2"),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        "GSCO",
                        null,
                        null,
                        null,
                        null),
                    "phone trade")
                .id(),
            "confirmed");
    trades.amend(
        clerk,
        t.id(),
        new TradeAmendment(null, new BigDecimal("210.25"), new BigDecimal("4.5"), null, null),
        "broker's price");

    RequestRow row =
        viewModelOf(fx.user("rita", Role.RISK_MANAGER)).waiting().allRows().stream()
            .filter(r -> r.request().entityId().equals(t.id().display()))
            .findFirst()
            .orElseThrow();

    assertThat(row.summary()).endsWith("(price 210.20 → 210.25, commission 0.00 → 4.50)");
    assertThat(row.changes().subList(0, 4))
        .containsExactly(
            new FieldChange("Version", "2", "3"),
            new FieldChange("Price", "210.20", "210.25"),
            new FieldChange("Notional", "210,200.00", "210,250.00"),
            new FieldChange("Commission", "0.00", "4.50"));
    assertThat(row.changes())
        .contains(
            new FieldChange("Book", "MOMO-EU", "MOMO-EU"),
            new FieldChange("Instrument", "SAP · SAP SE", "SAP · SAP SE"),
            new FieldChange(
                "Counterparty", "GSCO · Goldman Sachs & Co. LLC", "GSCO · Goldman Sachs & Co. LLC"),
            new FieldChange("Account", "", ""),
            new FieldChange("Quantity", "1,000", "1,000"),
            new FieldChange("Settlement date", "2025-11-24", "2025-11-24"));
  }

  @Test
  void rejectingNeedsACommentForTheMaker() {
    ApprovalsViewModel vm = viewModelOf(compliance);
    vm.selectedProperty().set(vm.waiting().allRows().get(0));
    assertThat(vm.canApproveProperty().get()).isTrue();
    assertThat(vm.canRejectProperty().get()).as("no comment yet").isFalse();

    vm.reject(); // the button is disabled; the service refuses as well
    assertThat(vm.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
    assertThat(vm.noticeProperty().get().text()).contains("rejecting a request needs a comment");
    assertThat(vm.waiting().allRows()).as("still waiting").hasSize(1);

    vm.selectedProperty().set(vm.waiting().allRows().get(0));
    vm.commentProperty().set("accountants are hired separately");
    assertThat(vm.canRejectProperty().get()).isTrue();
    vm.reject();

    assertThat(vm.waiting().allRows()).isEmpty();
    assertThat(rolesOf("alice")).containsExactly(Role.CLERK);
    RequestRow mine = viewModelOf(fx.admin).submitted().allRows().get(0);
    assertThat(mine.status()).isEqualTo("Rejected");
    assertThat(mine.comment()).isEqualTo("accountants are hired separately");
  }

  @Test
  void theMakerTryingToApproveTheirOwnRequestIsToldWhyNot() {
    ApprovalsViewModel vm = viewModelOf(fx.admin);
    vm.selectedProperty().set(vm.submitted().allRows().get(0));
    assertThat(vm.canApproveProperty().get()).as("the button is disabled").isFalse();

    vm.approve(); // the service refuses as well

    Notice notice = vm.noticeProperty().get();
    assertThat(notice.kind()).isEqualTo(Notice.Kind.ERROR);
    assertThat(notice.title()).isEqualTo("Could not approve request #" + request.id().value());
    assertThat(notice.text())
        .contains("You submitted request")
        .contains("a different user must approve or reject it");
    assertThat(rolesOf("alice")).containsExactly(Role.CLERK);
  }

  @Test
  void aCommentBelongsToTheRequestItWasWrittenFor() {
    fx.services
        .users()
        .requestRoleChange(
            fx.admin, "carol", EnumSet.of(Role.COMPLIANCE, Role.VIEWER), "reads reports too");
    ApprovalsViewModel vm = viewModelOf(fx.user("bob", Role.ADMIN));
    assertThat(vm.waiting().allRows()).hasSize(2);
    vm.selectedProperty().set(vm.waiting().allRows().get(0));
    vm.commentProperty().set("fine");
    vm.selectedProperty().set(vm.waiting().allRows().get(1));
    assertThat(vm.commentProperty().get()).isEmpty();
  }
}
