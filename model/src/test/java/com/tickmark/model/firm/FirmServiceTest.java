package com.tickmark.model.firm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.security.AccessDeniedException;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.UserId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class FirmServiceTest {
  static final Actor VIEWER = new Actor(new UserId(1), "vera", Set.of(Role.VIEWER));
  static final Actor NO_ROLE = new Actor(new UserId(2), "nobody", Set.of());

  /** A firm service over settings held in memory; a null setting is one the workspace lacks. */
  public static FirmService firm(
      String name, String baseCurrency, LocalDate businessDate, boolean demo) {
    return new FirmService(
        new FirmStore() {
          @Override
          public Optional<String> firmName() {
            return Optional.ofNullable(name);
          }

          @Override
          public Optional<String> baseCurrency() {
            return Optional.ofNullable(baseCurrency);
          }

          @Override
          public Optional<LocalDate> businessDate() {
            return Optional.ofNullable(businessDate);
          }

          @Override
          public boolean demo() {
            return demo;
          }
        });
  }

  @Test
  void profileSaysWhatTheWorkspaceHoldsWithoutASignedInUser() {
    LocalDate day = LocalDate.of(2025, 11, 20);
    assertThat(firm("Northwind Capital", "EUR", day, true).profile())
        .isEqualTo(new FirmProfile(Optional.of("Northwind Capital"), Optional.of(day), true));
  }

  @Test
  void aWorkspaceWithoutAFirmHasTheEmptyProfile() {
    assertThat(firm(null, null, null, false).profile()).isEqualTo(FirmProfile.NONE);
    assertThat(firm("  ", null, null, false).profile().firmName())
        .as("a blank name is no name")
        .isEmpty();
  }

  @Test
  void reportsInTheWorkspacesBaseCurrencyElseInUsd() {
    assertThat(firm("F", "EUR", null, false).reportingCurrency(VIEWER)).isEqualTo(CurrencyCode.EUR);
    assertThat(firm("F", null, null, false).reportingCurrency(VIEWER)).isEqualTo(CurrencyCode.USD);
  }

  @Test
  void refusesTheReportingCurrencyToAUserWhoMayNotSeeTheFirmsData() {
    assertThatThrownBy(() -> firm("F", "EUR", null, false).reportingCurrency(NO_ROLE))
        .isInstanceOf(AccessDeniedException.class);
  }
}
