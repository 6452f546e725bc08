package com.tickmark.persistence.settlement;

import static com.tickmark.persistence.jooq.Tables.CSDR_PENALTY_BOOKING;

import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.settlement.penalty.PenaltyBooking;
import com.tickmark.model.settlement.penalty.PenaltyBookingStore;
import com.tickmark.model.settlement.penalty.PenaltyDirection;
import com.tickmark.model.settlement.penalty.PenaltyKey;
import com.tickmark.model.trade.TradeId;
import com.tickmark.persistence.workspace.Batches;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The bookings of CSDR penalties: appended, never updated or deleted; the table's unique key
 * refuses a penalty booked twice.
 */
public final class PenaltyBookingRepository implements PenaltyBookingStore {
  private final DSLContext dsl;

  public PenaltyBookingRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void insert(List<PenaltyBooking> bookings) {
    Long max =
        dsl.select(DSL.max(CSDR_PENALTY_BOOKING.ID))
            .from(CSDR_PENALTY_BOOKING)
            .fetchOne(0, Long.class);
    AtomicLong id = new AtomicLong(max == null ? 0 : max);
    Batches.insert(
        dsl,
        CSDR_PENALTY_BOOKING,
        bookings,
        b ->
            new Object[] {
              id.incrementAndGet(),
              b.key().trade().value(),
              b.key().date(),
              b.key().direction().name(),
              b.amount(),
              b.currency().code(),
              b.bookedBy(),
              OffsetDateTime.ofInstant(b.bookedAt(), ZoneOffset.UTC)
            },
        CSDR_PENALTY_BOOKING.ID,
        CSDR_PENALTY_BOOKING.TRADE_ID,
        CSDR_PENALTY_BOOKING.PENALTY_DATE,
        CSDR_PENALTY_BOOKING.DIRECTION,
        CSDR_PENALTY_BOOKING.AMOUNT,
        CSDR_PENALTY_BOOKING.CURRENCY,
        CSDR_PENALTY_BOOKING.BOOKED_BY,
        CSDR_PENALTY_BOOKING.BOOKED_AT);
  }

  @Override
  public List<PenaltyBooking> between(LocalDate from, LocalDate to) {
    return dsl.selectFrom(CSDR_PENALTY_BOOKING)
        .where(CSDR_PENALTY_BOOKING.PENALTY_DATE.between(from, to))
        .orderBy(CSDR_PENALTY_BOOKING.ID)
        .fetch(
            r ->
                new PenaltyBooking(
                    new PenaltyKey(
                        new TradeId(r.getTradeId()),
                        r.getPenaltyDate(),
                        PenaltyDirection.valueOf(r.getDirection())),
                    r.getAmount(),
                    CurrencyCode.of(r.getCurrency()),
                    r.getBookedBy(),
                    r.getBookedAt().toInstant()));
  }
}
