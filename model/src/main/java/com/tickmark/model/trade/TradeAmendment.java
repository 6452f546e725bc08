package com.tickmark.model.trade;

import com.tickmark.model.money.Money;
import com.tickmark.model.refdata.Currency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an amendment changes; a {@code null} field stays as it is. Gross amount follows quantity and
 * price.
 */
public record TradeAmendment(
    BigDecimal quantity,
    BigDecimal price,
    BigDecimal commission,
    BigDecimal fees,
    LocalDate settlementDate) {
  public boolean isEmpty() {
    return quantity == null
        && price == null
        && commission == null
        && fees == null
        && settlementDate == null;
  }

  /**
   * What is wrong with this amendment of {@code current}, field by field (empty when nothing is):
   * the rules a trade's every version obeys, said before the service refuses it.
   */
  public List<TradeValidationException.Problem> problems(Trade current) {
    List<TradeValidationException.Problem> found = new ArrayList<>();
    TradeRules.Problems numbers = new TradeRules.Problems();
    TradeRules.checkNumbers(
        quantity == null ? current.quantity() : quantity,
        price == null ? current.price() : price,
        commission,
        fees,
        numbers);
    numbers
        .list()
        .forEach(
            p ->
                found.add(
                    new TradeValidationException.Problem(
                        TradeValidator.name(p.field()), p.message())));
    if (settlementDate != null && settlementDate.isBefore(current.tradeDate())) {
      found.add(
          new TradeValidationException.Problem(
              "settlement date",
              settlementDate + " is before the trade date " + current.tradeDate()));
    }
    return found;
  }

  /** The trade with this amendment applied, as its next version. */
  public Trade applyTo(Trade t, Currency currency) {
    BigDecimal q = quantity == null ? t.quantity() : quantity;
    BigDecimal p = price == null ? t.price() : price;
    BigDecimal gross =
        quantity == null && price == null ? t.grossAmount() : Money.gross(currency, q, p).amount();
    return new Trade(
        t.id(),
        t.version() + 1,
        t.execId(),
        t.orderId(),
        t.brokerRef(),
        t.bookId(),
        t.instrumentId(),
        t.side(),
        q,
        p,
        gross,
        commission == null ? t.commission() : TradeRules.amount(currency, commission).amount(),
        fees == null ? t.fees() : TradeRules.amount(currency, fees).amount(),
        t.currency(),
        t.tradeDate(),
        t.executionTime(),
        settlementDate == null ? t.settlementDate() : settlementDate,
        t.counterpartyId(),
        t.accountId(),
        t.source(),
        t.status());
  }
}
