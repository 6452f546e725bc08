package com.tickmark.model.demo;

import java.util.Objects;

/**
 * One bank entry the generator wrote messily on purpose although it agrees with the books, with the
 * pass of the cash recon meant to match it (a proposing pass: to propose it).
 *
 * @param kind an {@link ExpectedMatchKind}'s name
 * @param file the inbox file, relative to the inbox folder
 * @param line the 1-based line of the entry in that file
 * @param reference the bank's reference of the entry
 * @param pass the name of the matching pass meant to match it
 * @param ours the execution ids of the settlements it stands for, separated by spaces
 */
public record ExpectedMatch(
    String kind,
    String file,
    int line,
    String reference,
    String pass,
    String ours,
    String description) {
  public ExpectedMatch {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pass, "pass");
    reference = reference == null ? "" : reference;
    ours = ours == null ? "" : ours;
    description = description == null ? "" : description;
  }
}
