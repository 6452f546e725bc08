package com.tickmark.model.settlement.status;

import static com.tickmark.model.intake.CellValues.date;
import static com.tickmark.model.intake.CellValues.number;

import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeCells;
import com.tickmark.model.trade.Trade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A settlement status file's line as a {@link StatusLine}: every field checked, every problem named
 * by its field. The reference is looked up among the firm's trades by execution id; one the firm
 * does not know is not a problem (the line is kept as unknown).
 */
final class StatusRows implements Intake.Mapper<StatusField, StatusLine> {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern ISIN = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");
  private static final Pattern REASON = Pattern.compile("[A-Z0-9]{1,16}");

  private final String fileName;
  private final Function<String, Trade> trades;

  StatusRows(String fileName, Function<String, Trade> tradesByReference) {
    this.fileName = fileName;
    this.trades = tradesByReference;
  }

  @Override
  public String noRows() {
    return null; // a custodian with nothing open that day sends the header alone
  }

  @Override
  public StatusLine map(IntakeCells<StatusField> cells, long id) {
    LocalDate statementDate = date(cells, StatusField.STATEMENT_DATE, true);
    String reference = text(cells, StatusField.OUR_REFERENCE, 64, true);
    String account = text(cells, StatusField.ACCOUNT_NUMBER, 64, true);
    String isin = cells.text(StatusField.ISIN);
    if (isin.isEmpty()) {
      cells.problem(StatusField.ISIN, "is required");
    } else if (!ISIN.matcher(isin).matches()) {
      cells.problem(StatusField.ISIN, "'" + isin + "' is not an ISIN");
    }
    BigDecimal quantity = number(cells, StatusField.QUANTITY);
    if (quantity != null && quantity.signum() <= 0) {
      cells.problem(StatusField.QUANTITY, "must be positive, not " + quantity.toPlainString());
    }
    BigDecimal amount = number(cells, StatusField.SETTLEMENT_AMOUNT);
    if (amount != null && amount.signum() < 0) {
      cells.problem(StatusField.SETTLEMENT_AMOUNT, "must not be negative");
    }
    String currency = cells.text(StatusField.CURRENCY);
    if (!CURRENCY.matcher(currency).matches()) {
      cells.problem(
          StatusField.CURRENCY,
          currency.isEmpty() ? "is required" : "'" + currency + "' is not a currency code");
    }
    LocalDate intended = date(cells, StatusField.INTENDED_SETTLEMENT_DATE, true);
    StatusCode status = status(cells);
    BigDecimal settled = number(cells, StatusField.SETTLED_QUANTITY);
    LocalDate actual = date(cells, StatusField.ACTUAL_SETTLEMENT_DATE, false);
    String reason = cells.text(StatusField.REASON_CODE);
    if (!reason.isEmpty() && !REASON.matcher(reason).matches()) {
      cells.problem(
          StatusField.REASON_CODE, "'" + reason + "' is not a reason code (LACK, MONY, CMIS, …)");
    }
    Trade trade = reference.isEmpty() ? null : trades.apply(reference);
    if (trade != null && quantity != null && trade.quantity().compareTo(quantity) != 0) {
      cells.problem(
          StatusField.QUANTITY,
          "is "
              + quantity.stripTrailingZeros().toPlainString()
              + ", but trade "
              + trade.id().display()
              + " ("
              + reference
              + ") is for "
              + trade.quantity().stripTrailingZeros().toPlainString());
    }
    BigDecimal remaining = null;
    if (status != null && quantity != null && settled != null) {
      checkSettled(cells, status, quantity, settled);
      remaining = quantity.subtract(settled);
      String remainingText = cells.text(StatusField.REMAINING_QUANTITY);
      if (cells.value(StatusField.REMAINING_QUANTITY) != null) {
        BigDecimal given = number(cells, StatusField.REMAINING_QUANTITY);
        if (given != null && given.compareTo(remaining) != 0) {
          cells.problem(
              StatusField.REMAINING_QUANTITY,
              "is "
                  + remainingText
                  + ", but quantity less settled_quantity is "
                  + remaining.stripTrailingZeros().toPlainString());
        }
      }
    }
    if (status != null) {
      if (status.settles() && actual == null) {
        cells.problem(
            StatusField.ACTUAL_SETTLEMENT_DATE, "is required on a " + status.name() + " line");
      } else if (!status.settles() && actual != null) {
        cells.problem(
            StatusField.ACTUAL_SETTLEMENT_DATE,
            "must be empty on a " + status.name() + " line (nothing settled)");
      }
      if (status == StatusCode.FAILED && reason.isEmpty()) {
        cells.problem(
            StatusField.REASON_CODE, "is required on a FAILED line (LACK, MONY, CMIS, …)");
      }
    }
    if (actual != null && statementDate != null && actual.isAfter(statementDate)) {
      cells.problem(
          StatusField.ACTUAL_SETTLEMENT_DATE,
          actual + " is after the statement date " + statementDate);
    }
    if (cells.hasProblems()) {
      return null;
    }
    return new StatusLine(
        id,
        fileName,
        cells.line(),
        statementDate,
        reference,
        trade == null ? null : trade.id(),
        account,
        isin,
        status,
        quantity,
        settled,
        remaining,
        amount,
        currency,
        intended,
        actual,
        reason);
  }

  private static void checkSettled(
      IntakeCells<StatusField> cells, StatusCode status, BigDecimal quantity, BigDecimal settled) {
    if (settled.signum() < 0) {
      cells.problem(StatusField.SETTLED_QUANTITY, "must not be negative");
      return;
    }
    String s = settled.stripTrailingZeros().toPlainString();
    String q = quantity.stripTrailingZeros().toPlainString();
    String problem =
        switch (status) {
          case SETTLED -> settled.compareTo(quantity) == 0 ? null : "must be the quantity " + q;
          case PARTIALLY_SETTLED ->
              settled.signum() > 0 && settled.compareTo(quantity) < 0
                  ? null
                  : "must be more than 0 and less than the quantity " + q;
          case PENDING, MATCHED -> settled.signum() == 0 ? null : "must be 0";
          case FAILED ->
              settled.compareTo(quantity) < 0 ? null : "must be less than the quantity " + q;
        };
    if (problem != null) {
      cells.problem(
          StatusField.SETTLED_QUANTITY, "is " + s + " on a " + status.name() + " line; " + problem);
    }
  }

  private static StatusCode status(IntakeCells<StatusField> cells) {
    String text = cells.text(StatusField.STATUS);
    if (text.isEmpty()) {
      cells.problem(StatusField.STATUS, "is required");
      return null;
    }
    try {
      return StatusCode.valueOf(text.toUpperCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      cells.problem(
          StatusField.STATUS,
          "'" + text + "' is not one of PENDING, MATCHED, SETTLED, PARTIALLY_SETTLED, FAILED");
      return null;
    }
  }

  private static String text(
      IntakeCells<StatusField> cells, StatusField field, int max, boolean required) {
    String text = cells.text(field);
    if (text.isEmpty() && required) {
      cells.problem(field, "is required");
    } else if (text.length() > max) {
      cells.problem(field, "is longer than " + max + " characters");
    }
    return text;
  }
}
