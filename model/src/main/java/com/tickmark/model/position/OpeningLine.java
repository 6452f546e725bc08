package com.tickmark.model.position;

/**
 * One line of an opening balances file as stored: a holding or a cash balance (exactly one of
 * them), with the id the intake pipeline gave it and the import that loaded it.
 */
public record OpeningLine(
    long id, long importId, int line, OpeningPosition position, OpeningCash cash) {
  public OpeningLine {
    if ((position == null) == (cash == null)) {
      throw new IllegalArgumentException("An opening line is a position or a cash balance");
    }
  }
}
