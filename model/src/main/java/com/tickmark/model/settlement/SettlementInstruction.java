package com.tickmark.model.settlement;

import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One ISO 15022 settlement instruction to our custodian (MT540 to MT543), with everything the
 * message carries, taken from an obligation, its trade and the standing settlement instruction.
 *
 * @param reference our reference, sent as {@code :20C::SEME//} (unique per message)
 * @param price the deal price in {@link #currency} (against payment only; null when free)
 * @param description the instrument's name as the message may carry it
 * @param custodian the BIC of our custodian, who receives the instruction
 * @param safekeepingAccount our safekeeping account number at the custodian
 * @param counterpartyAgent the BIC of the counterparty's settlement agent (REAG or DEAG)
 * @param counterpartyAccount the counterparty's safekeeping account at its agent
 * @param counterparty the counterparty's own BIC (BUYR or SELL)
 * @param placeOfSettlement the CSD's BIC (PSET)
 * @param amount the settlement amount in {@link #currency}, positive (against payment only; null
 *     when free)
 */
public record SettlementInstruction(
    TradeId trade,
    String reference,
    SettlementType type,
    LocalDate tradeDate,
    LocalDate settlementDate,
    BigDecimal price,
    CurrencyCode currency,
    Isin isin,
    String description,
    QuantityType quantityType,
    BigDecimal quantity,
    Bic custodian,
    String safekeepingAccount,
    Bic counterpartyAgent,
    String counterpartyAccount,
    Bic counterparty,
    Bic placeOfSettlement,
    BigDecimal amount) {

  /** How field 36B states the quantity: a number of units (shares) or a face amount (bonds). */
  public enum QuantityType {
    UNIT,
    FAMT
  }

  public SettlementInstruction {
    Objects.requireNonNull(trade, "trade");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(type, "type");
    if (type == SettlementType.PVP) {
      throw new IllegalArgumentException(
          "Trade " + trade.display() + " settles cash against cash: there is no MT54x for it");
    }
    Objects.requireNonNull(tradeDate, "trade date");
    Objects.requireNonNull(settlementDate, "settlement date");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(isin, "ISIN");
    Objects.requireNonNull(quantityType, "quantity type");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(custodian, "custodian");
    Objects.requireNonNull(safekeepingAccount, "safekeeping account");
    Objects.requireNonNull(counterpartyAgent, "counterparty's agent");
    Objects.requireNonNull(counterpartyAccount, "counterparty's account");
    Objects.requireNonNull(counterparty, "counterparty");
    Objects.requireNonNull(placeOfSettlement, "place of settlement");
    description = description == null ? "" : description;
    // The fields are not assigned yet inside the compact constructor: ask the parameter.
    if (type == SettlementType.RVP || type == SettlementType.DVP) {
      Objects.requireNonNull(price, "price");
      Objects.requireNonNull(amount, "amount");
    } else {
      price = null;
      amount = null;
    }
  }

  /** MT540, MT541, MT542 or MT543. */
  public String messageType() {
    return type.message();
  }

  /** Whether we receive the securities (MT540, MT541) rather than deliver them. */
  public boolean receives() {
    return type == SettlementType.RFP || type == SettlementType.RVP;
  }

  /** Whether cash moves the other way (MT541, MT543) rather than none (free of payment). */
  public boolean againstPayment() {
    return type == SettlementType.RVP || type == SettlementType.DVP;
  }
}
