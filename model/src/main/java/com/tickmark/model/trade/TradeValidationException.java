package com.tickmark.model.trade;

import java.util.List;
import java.util.stream.Collectors;

/** A trade was refused: every problem found, each naming the field it concerns. */
public final class TradeValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** One problem with one field. */
  public record Problem(String field, String message) {
    @Override
    public String toString() {
      return field + ": " + message;
    }
  }

  private final transient List<Problem> problems;

  public TradeValidationException(List<Problem> problems) {
    super(
        "The trade was not recorded: "
            + problems.stream().map(Problem::toString).collect(Collectors.joining("; "))
            + ".");
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
