package com.tickmark.model.recon.statement;

import com.tickmark.model.intake.ImportProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The integrity of a file's statements, whatever their format: each statement's opening balance
 * plus its movements is its closing balance, and where the file holds several statements of one
 * account, each opens with the previous one's closing balance and its number follows the previous
 * one's (the same number with the next page, or the next number). Numbers that are not positive
 * integers (banks that do not number their statements write {@code 0}) are not compared. The
 * currency (one per statement) is checked as the statements are read, where each amount's line is
 * known.
 */
public final class StatementChecks {
  private StatementChecks() {}

  /**
   * The statement another follows: one earlier in the same file, or one stored from an earlier
   * file.
   *
   * @param closingAt where its closing balance is ({@code line 12}, {@code FILE line 12})
   * @param at where it starts
   */
  public record Previous(
      String currency,
      String number,
      String sequence,
      BigDecimal closing,
      String closingAt,
      String at) {
    String numberAndSequence() {
      return sequence == null ? number : number + "/" + sequence;
    }
  }

  static void check(List<BankStatement> statements, List<ImportProblem> problems) {
    Map<String, BankStatement> previous = new HashMap<>();
    for (BankStatement s : statements) {
      balance(s, problems);
      BankStatement before = previous.put(s.account(), s);
      if (before != null) {
        problems.addAll(
            follows(
                new Previous(
                    before.currency(),
                    before.number(),
                    before.sequence(),
                    before.closing().amount(),
                    "line " + before.closing().line(),
                    "line " + before.line()),
                s));
      }
    }
  }

  private static void balance(BankStatement s, List<ImportProblem> problems) {
    BigDecimal movements = s.movements();
    BigDecimal expected = s.opening().amount().add(movements);
    StatementBalance closing = s.closing();
    if (expected.compareTo(closing.amount()) != 0) {
      problems.add(
          new ImportProblem(
              closing.line(),
              closing.field(),
              "closing balance "
                  + StatementAmounts.display(closing.amount())
                  + " "
                  + s.currency()
                  + " is not opening "
                  + StatementAmounts.display(s.opening().amount())
                  + " + movements "
                  + StatementAmounts.display(movements)
                  + " = "
                  + StatementAmounts.display(expected)));
    }
  }

  /**
   * Whether {@code s} follows {@code before} of the same account: it opens with {@code before}'s
   * closing balance in the same currency, and its number is the same with the next page or the next
   * one. Each way it does not is a problem on {@code s}'s line.
   */
  public static List<ImportProblem> follows(Previous before, BankStatement s) {
    List<ImportProblem> problems = new ArrayList<>();
    StatementBalance opening = s.opening();
    if (opening.amount().compareTo(before.closing()) != 0
        || !before.currency().equals(s.currency())) {
      problems.add(
          new ImportProblem(
              opening.line(),
              opening.field(),
              "opening balance "
                  + StatementAmounts.display(opening.amount())
                  + " "
                  + s.currency()
                  + " of statement "
                  + s.numberAndSequence()
                  + " is not the closing balance "
                  + StatementAmounts.display(before.closing())
                  + " "
                  + before.currency()
                  + " of the previous statement "
                  + before.numberAndSequence()
                  + " of account "
                  + s.account()
                  + " ("
                  + before.closingAt()
                  + ")"));
    }
    Long number = positive(s.number());
    Long previousNumber = positive(before.number());
    if (number == null || previousNumber == null) {
      return problems;
    }
    Long page = positive(s.sequence());
    Long previousPage = positive(before.sequence());
    boolean nextPage =
        number.equals(previousNumber)
            && page != null
            && previousPage != null
            && page == previousPage + 1;
    boolean nextNumber = number == previousNumber + 1 && (page == null || page == 1);
    if (!nextPage && !nextNumber) {
      problems.add(
          new ImportProblem(
              s.line(),
              "statement number",
              "statement "
                  + s.numberAndSequence()
                  + " of account "
                  + s.account()
                  + " does not follow statement "
                  + before.numberAndSequence()
                  + " ("
                  + before.at()
                  + ")"));
    }
    return problems;
  }

  /** The number when it is a positive integer, else null. */
  private static Long positive(String text) {
    if (text == null
        || text.isEmpty()
        || text.length() > 18
        || !text.chars().allMatch(Character::isDigit)) {
      return null;
    }
    long n = Long.parseLong(text);
    return n > 0 ? n : null;
  }
}
