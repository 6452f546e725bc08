package com.tickmark.model.refdata;

import java.util.Objects;

/**
 * A broker, custodian or bank the firm deals with, identified by LEI and BIC.
 *
 * @param retired no longer offered for new trades and accounts; what names it still does
 */
public record Counterparty(
    CounterpartyId id,
    String code,
    String name,
    CounterpartyRole role,
    Lei lei,
    Bic bic,
    String country,
    boolean retired) {
  public Counterparty {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(lei, "LEI");
    Objects.requireNonNull(bic, "BIC");
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("Counterparty code must not be empty");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("Counterparty name must not be empty");
    }
    country = country == null ? "" : country;
  }

  /** A counterparty that is not retired. */
  public Counterparty(
      CounterpartyId id,
      String code,
      String name,
      CounterpartyRole role,
      Lei lei,
      Bic bic,
      String country) {
    this(id, code, name, role, lei, bic, country, false);
  }

  public Counterparty withRetired(boolean retired) {
    return new Counterparty(id, code, name, role, lei, bic, country, retired);
  }
}
