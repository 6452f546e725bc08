package com.tickmark.model.refdata;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An addition or edit of reference data was refused: every problem found, each naming its field
 * ("isin: check digit is wrong, expected 5").
 */
public final class ReferenceDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<ReferenceDataRules.Problem> problems;

  public ReferenceDataException(List<ReferenceDataRules.Problem> problems) {
    super(
        problems.stream()
            .map(ReferenceDataRules.Problem::toString)
            .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<ReferenceDataRules.Problem> problems() {
    return problems;
  }
}
