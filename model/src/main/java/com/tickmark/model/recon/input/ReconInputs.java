package com.tickmark.model.recon.input;

import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.intake.IntakeTarget;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;

/**
 * The reconciliations' inputs: broker confirmations and custodian holdings, each imported through
 * the intake pipeline and kept as received, for the reconciliation engine to match.
 */
public final class ReconInputs {
  private final ReconInputStore store;
  private final InputFiles<ConfirmationField, Confirmation> confirmations;
  private final InputFiles<HoldingField, Holding> holdings;

  public ReconInputs(ReconInputStore store, AuditTrail audit, Transactions tx, Clock clock) {
    this.store = store;
    this.confirmations =
        new InputFiles<>(
            InputKind.CONFIRMATIONS,
            InputProfile.CONFIRMATIONS,
            ConfirmationRows::new,
            new Target<>(
                InputKind.CONFIRMATIONS,
                store::nextConfirmationId,
                Confirmation::id,
                store::insertConfirmations,
                store::deleteConfirmations),
            store,
            audit,
            tx,
            clock);
    this.holdings =
        new InputFiles<>(
            InputKind.HOLDINGS,
            InputProfile.HOLDINGS,
            HoldingRows::new,
            new Target<>(
                InputKind.HOLDINGS,
                store::nextHoldingId,
                Holding::id,
                store::insertHoldings,
                store::deleteHoldings),
            store,
            audit,
            tx,
            clock);
  }

  /** A kind's lines as the pipeline stores them: sequential ids, id-range undo. */
  private record Target<T>(
      InputKind kindOf,
      LongSupplier next,
      ToLongFunction<T> ids,
      Consumer<List<T>> inserts,
      BiConsumer<Long, Long> deletes)
      implements IntakeTarget<T> {
    @Override
    public String kind() {
      return kindOf.entity();
    }

    @Override
    public long nextId() {
      return next.getAsLong();
    }

    @Override
    public long id(T row) {
      return ids.applyAsLong(row);
    }

    @Override
    public void insert(List<T> rows) {
      inserts.accept(rows);
    }

    @Override
    public void delete(long first, long last) {
      deletes.accept(first, last);
    }
  }

  /** Rolls back the imports a process that died part-way left unfinished. */
  public void recoverUnfinished() {
    confirmations.recoverUnfinished();
    holdings.recoverUnfinished();
  }

  /** Broker confirmation files. */
  public InputFiles<ConfirmationField, Confirmation> confirmationFiles() {
    return confirmations;
  }

  /** Custodian holdings files. */
  public InputFiles<HoldingField, Holding> holdingFiles() {
    return holdings;
  }

  /** The confirmations of a trade date (every one when null), in file order. */
  public List<Confirmation> confirmations(Actor actor, LocalDate tradeDate) {
    actor.require(Permission.VIEW_DATA);
    return store.confirmations(tradeDate);
  }

  /** The holdings of a statement date (every one when null), in file order. */
  public List<Holding> holdings(Actor actor, LocalDate statementDate) {
    actor.require(Permission.VIEW_DATA);
    return store.holdings(statementDate);
  }
}
