package com.tickmark.model.recon.input;

import static com.tickmark.model.intake.CellValues.date;
import static com.tickmark.model.recon.input.InputCells.currency;
import static com.tickmark.model.recon.input.InputCells.notNegative;
import static com.tickmark.model.recon.input.InputCells.positive;
import static com.tickmark.model.recon.input.InputCells.text;

import com.tickmark.model.intake.ImportProblem;
import com.tickmark.model.intake.Intake;
import com.tickmark.model.intake.IntakeCells;
import com.tickmark.model.trade.Side;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A confirmation file's line as a {@link Confirmation}: every field checked, every problem named by
 * its field. The broker is the file name's first part ({@code GSX_20261109.csv}). Nothing is
 * matched to the firm's trades here.
 */
final class ConfirmationRows implements Intake.Mapper<ConfirmationField, Confirmation> {
  private static final Pattern BROKER = Pattern.compile("[A-Z0-9]{2,32}");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,6}");

  private final String fileName;
  private final String broker;

  ConfirmationRows(String fileName) {
    this.fileName = fileName;
    int end = fileName.indexOf('_');
    this.broker = end < 0 ? "" : fileName.substring(0, end).toUpperCase(Locale.ROOT);
  }

  @Override
  public void start(List<ImportProblem> problems) {
    if (!BROKER.matcher(broker).matches()) {
      problems.add(
          new ImportProblem(
              1,
              "file",
              "the name must start with the broker's code and '_' (GSX_20261109.csv), not "
                  + fileName));
    }
  }

  @Override
  public String noRows() {
    return null; // a broker with nothing to confirm that day sends the header alone
  }

  @Override
  public Confirmation map(IntakeCells<ConfirmationField> cells, long id) {
    String brokerRef = text(cells, ConfirmationField.BROKER_REF, 64, true);
    String execId = text(cells, ConfirmationField.CLIENT_EXEC_ID, 64, false);
    String orderId = text(cells, ConfirmationField.ORDER_ID, 64, execId.isEmpty());
    LocalDate tradeDate = date(cells, ConfirmationField.TRADE_DATE, true);
    LocalDate settlementDate = date(cells, ConfirmationField.SETTLEMENT_DATE, true);
    if (tradeDate != null && settlementDate != null && settlementDate.isBefore(tradeDate)) {
      cells.problem(
          ConfirmationField.SETTLEMENT_DATE,
          settlementDate + " is before the trade date " + tradeDate);
    }
    String instrument = text(cells, ConfirmationField.ISIN_OR_SYMBOL, 32, true);
    Side side = side(cells);
    BigDecimal quantity = positive(cells, ConfirmationField.QUANTITY);
    BigDecimal price = positive(cells, ConfirmationField.PRICE);
    BigDecimal gross = notNegative(cells, ConfirmationField.GROSS_AMOUNT);
    BigDecimal commission = notNegative(cells, ConfirmationField.COMMISSION);
    BigDecimal fees = notNegative(cells, ConfirmationField.FEES);
    BigDecimal net = notNegative(cells, ConfirmationField.NET_AMOUNT);
    String currency = currency(cells, ConfirmationField.CURRENCY);
    String account = text(cells, ConfirmationField.ACCOUNT, 64, true);
    int fills = fills(cells);
    if (cells.hasProblems()) {
      return null;
    }
    return new Confirmation(
        id,
        broker,
        brokerRef,
        execId,
        orderId,
        tradeDate,
        settlementDate,
        instrument,
        side,
        quantity,
        price,
        gross,
        commission,
        fees,
        net,
        currency,
        account,
        fills,
        fileName,
        cells.line());
  }

  private static Side side(IntakeCells<ConfirmationField> cells) {
    String text = cells.text(ConfirmationField.SIDE);
    if (text.isEmpty()) {
      cells.problem(ConfirmationField.SIDE, "is required");
      return null;
    }
    try {
      return Side.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      cells.problem(ConfirmationField.SIDE, "'" + text + "' is not BUY or SELL");
      return null;
    }
  }

  private static int fills(IntakeCells<ConfirmationField> cells) {
    String text = cells.text(ConfirmationField.FILLS);
    if (!COUNT.matcher(text).matches() || Integer.parseInt(text) == 0) {
      cells.problem(
          ConfirmationField.FILLS,
          text.isEmpty() ? "is required" : "'" + text + "' is not a number of fills (1 or more)");
      return 0;
    }
    return Integer.parseInt(text);
  }
}
