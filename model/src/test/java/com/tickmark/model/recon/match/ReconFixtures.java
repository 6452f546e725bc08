package com.tickmark.model.recon.match;

import com.tickmark.model.calendar.HolidayCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Trades against broker confirmations, the recon the worked examples use. */
final class ReconFixtures {
  static final List<MatchField> FIELDS =
      List.of(
          MatchField.text("reference"),
          MatchField.text("instrument"),
          MatchField.text("counterparty"),
          MatchField.quantity("quantity"),
          MatchField.price("price"),
          MatchField.amount("amount"),
          MatchField.date("tradeDate"));

  /** Monday 1 December 2025; the weekend before it is 29-30 November. */
  static final LocalDate MONDAY = LocalDate.of(2025, 12, 1);

  static final LocalDate FRIDAY = LocalDate.of(2025, 11, 28);

  private ReconFixtures() {}

  static MatchingEngine engine() {
    return new MatchingEngine(new HolidayCalendar("TEST", "Weekdays", List.of())::isBusinessDay);
  }

  static ReconDefinition recon(MatchingPass... passes) {
    return new ReconDefinition(
        "trades-vs-confirms", "Trades", "Confirmations", FIELDS, List.of(passes));
  }

  /** Exact on the execution reference, comparing the economics. */
  static MatchingPass byReference(Tolerance... tolerances) {
    return new MatchingPass(
        "by reference",
        List.of("reference"),
        List.of("instrument", "quantity", "price", "amount", "tradeDate"),
        Normalisation.STANDARD,
        List.of(tolerances),
        Cardinality.ONE_TO_ONE,
        PassMode.AUTO);
  }

  /** Without the reference: instrument, counterparty and quantity, amount and date loosely. */
  static MatchingPass byEconomics(PassMode mode) {
    return new MatchingPass(
        "by economics",
        List.of("instrument", "counterparty", "quantity"),
        List.of("amount", "tradeDate"),
        Normalisation.STANDARD,
        List.of(
            Tolerance.Numeric.absolute("amount", "0.05"), new Tolerance.DateWindow("tradeDate", 1)),
        Cardinality.ONE_TO_ONE,
        mode);
  }

  /** A trade record: quantity, price, amount = quantity × price, on {@link #MONDAY}. */
  static ReconRecord trade(long id, String reference, String quantity, String price) {
    return record(id, "trades.csv", reference, "US0378331005", "GSI", quantity, price, MONDAY);
  }

  static ReconRecord record(
      long id,
      String file,
      String reference,
      String instrument,
      String counterparty,
      String quantity,
      String price,
      LocalDate date) {
    BigDecimal q = new BigDecimal(quantity);
    BigDecimal p = new BigDecimal(price);
    return ReconRecord.of(
        FIELDS,
        id,
        new SourceRef(file, (int) id + 1),
        reference,
        instrument,
        counterparty,
        q,
        p,
        q.multiply(p).setScale(2, java.math.RoundingMode.HALF_EVEN),
        date);
  }

  /** {@code r} with the value of {@code field} replaced. */
  static ReconRecord with(ReconRecord r, String field, Object value) {
    Object[] values = new Object[FIELDS.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = FIELDS.get(i).name().equals(field) ? value : r.value(i);
    }
    return ReconRecord.of(FIELDS, r.id(), r.source(), values);
  }

  /** {@code r} under another id, read from the confirmations file. */
  static ReconRecord theirs(long id, ReconRecord r) {
    Object[] values = new Object[FIELDS.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = r.value(i);
    }
    return ReconRecord.of(FIELDS, id, new SourceRef("confirms.csv", (int) id + 1), values);
  }
}
