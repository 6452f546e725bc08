package com.tickmark.model.settlement.penalty;

import java.util.List;

/**
 * The penalties of a period, and the fail days that could not be charged, each as a sentence (no
 * reference price, no central bank rate for the currency, no place of settlement known).
 */
public record PenaltyRun(List<Penalty> penalties, List<String> problems) {
  public PenaltyRun {
    penalties = List.copyOf(penalties);
    problems = List.copyOf(problems);
  }
}
