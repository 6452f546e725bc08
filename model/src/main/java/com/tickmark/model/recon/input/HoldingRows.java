package com.tickmark.model.recon.input;

import static com.tickmark.model.intake.CellValues.date;
import static com.tickmark.model.intake.CellValues.number;
import static com.tickmark.model.recon.input.InputCells.currency;
import static com.tickmark.model.recon.input.InputCells.notNegative;
import static com.tickmark.model.recon.input.InputCells.text;

import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeCells;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A holdings file's line as a {@link Holding}: every field checked, every problem named by its
 * field. The settled quantity and market value may be negative (a short position).
 */
final class HoldingRows implements Intake.Mapper<HoldingField, Holding> {
  private static final Pattern ISIN = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");

  private final String fileName;

  HoldingRows(String fileName) {
    this.fileName = fileName;
  }

  @Override
  public String noRows() {
    return null; // an account holding nothing that day: the header alone
  }

  @Override
  public Holding map(IntakeCells<HoldingField> cells, long id) {
    LocalDate statementDate = date(cells, HoldingField.STATEMENT_DATE, true);
    String account = text(cells, HoldingField.ACCOUNT_NUMBER, 64, true);
    String isin = cells.text(HoldingField.ISIN);
    if (isin.isEmpty()) {
      cells.problem(HoldingField.ISIN, "is required");
    } else if (!ISIN.matcher(isin).matches()) {
      cells.problem(HoldingField.ISIN, "'" + isin + "' is not an ISIN");
    }
    String symbol = text(cells, HoldingField.SYMBOL, 32, false);
    BigDecimal quantity = number(cells, HoldingField.SETTLED_QUANTITY);
    String currency = currency(cells, HoldingField.CURRENCY);
    BigDecimal price = notNegative(cells, HoldingField.CLOSE_PRICE);
    BigDecimal value = number(cells, HoldingField.MARKET_VALUE);
    if (cells.hasProblems()) {
      return null;
    }
    return new Holding(
        id,
        statementDate,
        account,
        isin,
        symbol,
        quantity,
        currency,
        price,
        value,
        fileName,
        cells.line());
  }
}
