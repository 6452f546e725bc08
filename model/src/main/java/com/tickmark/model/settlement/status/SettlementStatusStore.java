package com.tickmark.model.settlement.status;

import com.tickmark.model.intake.IntakeJournal;
import com.tickmark.model.trade.TradeId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where settlement status lines, their imports, settlement records and fail notes are kept. */
public interface SettlementStatusStore {
  /** The quantity and cash of a trade settled so far, over all its parts. */
  record Settled(BigDecimal quantity, BigDecimal amount) {
    public static final Settled NONE = new Settled(BigDecimal.ZERO, BigDecimal.ZERO);

    /** What has settled once {@code part} has too. */
    public Settled plus(SettledPart part) {
      return new Settled(quantity.add(part.quantity()), amount.add(part.amount()));
    }
  }

  IntakeJournal journal();

  long nextLineId();

  /** Stores lines (ids ascending) in the caller's transaction. */
  void insertLines(List<StatusLine> lines);

  void deleteLines(long first, long last);

  Optional<StatusImport> findBySha256(String sha256);

  long nextImportId();

  void recordImport(StatusImport record);

  /** Every import, oldest first. */
  List<StatusImport> imports();

  /** What each of {@code trades} has settled so far (trades with nothing settled are absent). */
  Map<TradeId, Settled> settled(Collection<TradeId> trades);

  /** Stores settled parts, recorded at {@code recordedAt}, in the caller's transaction. */
  void insertParts(List<SettledPart> parts, Instant recordedAt);

  /** The settled parts of {@code trades}, by date. */
  List<SettledPart> parts(Collection<TradeId> trades);

  /** The settled parts of every trade that settled {@code from} to {@code to}, by date. */
  List<SettledPart> partsSettled(LocalDate from, LocalDate to);

  /** The lines of statements dated {@code statementDate}, in file order. */
  List<StatusLine> linesOn(LocalDate statementDate);

  /** The lines that quote {@code trade}, by statement date then file order. */
  List<StatusLine> linesOf(TradeId trade);

  /** The lines quoting a reference the firm did not know when they were imported, in file order. */
  List<StatusLine> unknownLines();

  /**
   * The lines of known trades dated on or before {@code through} that show a fail: FAILED, or
   * settled after the intended date.
   */
  List<StatusLine> failLines(LocalDate through);

  void insertNote(FailNote note);

  /** The newest note of each trade that has one. */
  Map<TradeId, FailNote> notes();
}
