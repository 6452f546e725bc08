package com.tickmark.model.settlement;

import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.BookId;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.InstrumentId;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.trade.Side;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one live trade must settle: its securities leg (for FX spot, the base currency amount) and
 * its cash legs, on its intended settlement date, by the standing settlement instruction that
 * applies. A trade without an applicable SSI keeps its obligation, flagged ({@link #ssi} null), and
 * is never given a guessed one.
 *
 * @param reference the trade's execution id: the "our reference" the custodians' files quote
 * @param quantity the securities quantity, or the FX base amount (positive)
 * @param deliveryAccount our custody account (for FX, our cash account of the base currency) from
 *     the SSI, or the trade's own account when no SSI applies
 * @param placeOfSettlement the CSD the SSI names (null for FX or without an SSI)
 * @param ssi the SSI of the trade's settlement currency; null when none applies
 * @param cashLegs the cash each way: one for a security, two for FX spot (base and quote)
 */
public record Obligation(
    TradeId trade,
    String reference,
    BookId book,
    CounterpartyId counterparty,
    InstrumentId instrument,
    Side side,
    SettlementType type,
    BigDecimal quantity,
    AccountId deliveryAccount,
    LocalDate intendedDate,
    Bic placeOfSettlement,
    Ssi ssi,
    List<CashLeg> cashLegs) {
  public Obligation {
    Objects.requireNonNull(trade, "trade");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(intendedDate, "intended settlement date");
    cashLegs = List.copyOf(cashLegs);
  }

  /** True when no standing settlement instruction applies: flagged for a person to fix. */
  public boolean missingSsi() {
    return ssi == null;
  }

  /** The leg in the trade currency (for FX, the quote currency). */
  public CashLeg cash() {
    return cashLegs.get(cashLegs.size() - 1);
  }

  /**
   * One currency moving at settlement.
   *
   * @param amount positive when we receive, negative when we pay
   * @param account our cash account from the SSI; null when none applies
   */
  public record CashLeg(CurrencyCode currency, BigDecimal amount, AccountId account) {
    public CashLeg {
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(amount, "amount");
    }
  }
}
