package com.tickmark.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import java.util.Locale;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

class ScreenRegistryTest {
  private static ScreenDescriptor screen(String id, int order) {
    return ScreenDescriptor.of(
        id,
        id,
        MaterialDesignC.COG,
        order,
        services -> {
          throw new UnsupportedOperationException();
        });
  }

  @Test
  void listsScreensInNavigationOrderEachWithItsOwnShortcut() {
    ScreenRegistry registry =
        new ScreenRegistry()
            .register(screen("refdata", 70).withShortcut(ScreenDescriptor.digit(7)))
            .register(screen("blotter", 10).withShortcut(ScreenDescriptor.digit(1)));
    assertThat(registry.screens())
        .extracting(ScreenDescriptor::id)
        .containsExactly("blotter", "refdata");
    assertThat(registry.shortcutOf(registry.find("refdata").orElseThrow()))
        .contains(new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN));
    assertThat(registry.shortcutOf(screen("plain", 5))).isEmpty();
  }

  @Test
  void refusesTwoScreensWithOneShortcut() {
    ScreenRegistry registry =
        new ScreenRegistry().register(screen("a", 1).withShortcut(ScreenDescriptor.digit(3)));
    assertThatThrownBy(
            () -> registry.register(screen("b", 2).withShortcut(ScreenDescriptor.digit(3))))
        .hasMessageContaining("would share the shortcut");
  }

  @Test
  void everyStandardScreenKeepsOneShortcutWhoeverSignsIn() {
    ScreenRegistry all = StandardScreens.registry();
    assertThat(all.screens()).allSatisfy(s -> assertThat(s.shortcut()).isNotNull());
    for (Role role : Role.values()) {
      ScreenRegistry mine = all.availableTo(actor(role));
      for (ScreenDescriptor screen : mine.screens()) {
        assertThat(mine.shortcutOf(screen))
            .as(screen.title() + " for " + role)
            .isEqualTo(all.shortcutOf(screen));
      }
    }
    assertThat(all.shortcutOf(all.find("reports").orElseThrow()))
        .as("Reports is Ctrl+6 for a clerk, an accountant and an administrator alike")
        .contains(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN));
  }

  @Test
  void refusesTwoScreensWithOneId() {
    ScreenRegistry registry = new ScreenRegistry().register(screen("refdata", 1));
    assertThatThrownBy(() -> registry.register(screen("refdata", 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theStandardScreensAreTheOnesThatExist() {
    assertThat(StandardScreens.registry().screens())
        .extracting(ScreenDescriptor::title)
        .containsExactly(
            "Blotter",
            "FIX repair",
            "Import files",
            "Obligations",
            "Cash ladder",
            "Fails",
            "Penalties",
            "Recons",
            "Breaks",
            "Trial balance",
            "Account statement",
            "Journal",
            "Financial statements",
            "P&L",
            "Reports",
            "Reference data",
            "Approvals",
            "Audit trail",
            "Admin");
  }

  @Test
  void aUserIsOfferedOnlyTheScreensTheirRolesPermit() {
    ScreenRegistry all = StandardScreens.registry();
    assertThat(all.availableTo(actor(Role.VIEWER)).screens())
        .extracting(ScreenDescriptor::id)
        .containsExactly(
            "blotter",
            "obligations",
            "cash-ladder",
            "fails",
            "penalties",
            "recon-dashboard",
            "breaks",
            "trial-balance",
            "account-statement",
            "journal",
            "financial-statements",
            "ledger-pnl",
            "reports",
            "refdata",
            "approvals");
    assertThat(all.availableTo(actor(Role.COMPLIANCE)).screens())
        .extracting(ScreenDescriptor::id)
        .containsExactly(
            "blotter",
            "obligations",
            "cash-ladder",
            "fails",
            "penalties",
            "recon-dashboard",
            "breaks",
            "trial-balance",
            "account-statement",
            "journal",
            "financial-statements",
            "ledger-pnl",
            "reports",
            "refdata",
            "approvals",
            "audit");
    ScreenRegistry admin = all.availableTo(actor(Role.ADMIN));
    assertThat(admin.screens())
        .extracting(ScreenDescriptor::id)
        .containsExactly(
            "blotter",
            "fix-repair",
            "imports",
            "obligations",
            "cash-ladder",
            "fails",
            "penalties",
            "recon-dashboard",
            "breaks",
            "trial-balance",
            "account-statement",
            "journal",
            "financial-statements",
            "ledger-pnl",
            "reports",
            "refdata",
            "approvals",
            "audit",
            "admin");
    assertThat(admin.shortcutOf(admin.find("admin").orElseThrow()))
        .contains(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
    assertThat(all.availableTo(actor(Role.CLERK)).screens())
        .extracting(ScreenDescriptor::id)
        .containsExactly(
            "blotter",
            "fix-repair",
            "imports",
            "obligations",
            "cash-ladder",
            "fails",
            "penalties",
            "recon-dashboard",
            "breaks",
            "trial-balance",
            "account-statement",
            "journal",
            "financial-statements",
            "ledger-pnl",
            "reports",
            "refdata",
            "approvals");
    ScreenRegistry accountant = all.availableTo(actor(Role.ACCOUNTANT));
    assertThat(accountant.shortcutOf(accountant.find("penalties").orElseThrow()))
        .contains(
            new KeyCodeCombination(
                KeyCode.Y, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    assertThat(accountant.shortcutOf(accountant.find("trial-balance").orElseThrow()))
        .as("the ledger's digit")
        .contains(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));
    assertThat(accountant.shortcutOf(accountant.find("financial-statements").orElseThrow()))
        .contains(
            new KeyCodeCombination(
                KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    assertThat(accountant.shortcutOf(accountant.find("ledger-pnl").orElseThrow()))
        .contains(
            new KeyCodeCombination(
                KeyCode.G, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
    ScreenRegistry compliance = all.availableTo(actor(Role.COMPLIANCE));
    assertThat(compliance.shortcutOf(compliance.find("audit").orElseThrow()))
        .contains(new KeyCodeCombination(KeyCode.DIGIT9, KeyCombination.SHORTCUT_DOWN));
  }

  @Test
  void aScreenNeedingAnyOfTwoPermissionsIsOfferedToHoldersOfEither() {
    ScreenDescriptor screen =
        screen("admin", 80).requiringAnyOf(Permission.MANAGE_USERS, Permission.VIEW_RISK);
    assertThat(screen.isAvailableTo(actor(Role.ADMIN))).isTrue();
    assertThat(screen.isAvailableTo(actor(Role.RISK_MANAGER))).isTrue();
    assertThat(screen.isAvailableTo(actor(Role.CLERK))).isFalse();
    assertThat(screen("refdata", 70).isAvailableTo(actor(Role.CLERK)))
        .as("no permission needed")
        .isTrue();
  }

  private static Actor actor(Role role) {
    return new Actor(new UserId(7), role.name().toLowerCase(Locale.ROOT), Set.of(role));
  }
}
