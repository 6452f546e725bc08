package com.tickmark.model.ledger;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Which account of the chart plays each {@link PostingRole}. */
public final class PostingAccounts {
  private final Map<PostingRole, String> codes;

  private PostingAccounts(Map<PostingRole, String> codes) {
    this.codes = codes;
  }

  /** Each role on its standard account. */
  public static PostingAccounts standard() {
    EnumMap<PostingRole, String> codes = new EnumMap<>(PostingRole.class);
    for (PostingRole role : PostingRole.values()) {
      codes.put(role, role.defaultCode());
    }
    return new PostingAccounts(codes);
  }

  /** These accounts with {@code role} on {@code code}. */
  public PostingAccounts with(PostingRole role, String code) {
    EnumMap<PostingRole, String> next = new EnumMap<>(codes);
    next.put(Objects.requireNonNull(role, "role"), Objects.requireNonNull(code, "code"));
    return new PostingAccounts(next);
  }

  /** The code of the account that plays {@code role}. */
  public String code(PostingRole role) {
    return codes.get(role);
  }

  /**
   * Checks every role's account against {@code chart}: it exists, takes postings and has the role's
   * class.
   *
   * @throws IllegalArgumentException naming the first role that does not fit
   */
  public void checkAgainst(ChartOfAccounts chart) {
    for (PostingRole role : PostingRole.values()) {
      String code = codes.get(role);
      LedgerAccount account =
          chart
              .find(code)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Posting role "
                              + role
                              + " names account "
                              + code
                              + ", not in the chart"));
      if (account.header()) {
        throw new IllegalArgumentException(
            "Posting role " + role + " names " + code + ", a header that takes no postings");
      }
      if (account.accountClass() != role.accountClass()) {
        throw new IllegalArgumentException(
            "Posting role "
                + role
                + " needs an account of class "
                + role.accountClass()
                + "; "
                + code
                + " is "
                + account.accountClass());
      }
    }
  }
}
