package com.tickmark.model.recon.input;

import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.intake.IdRangeTarget;
import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Permission;
import com.tickmark.model.tx.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
            new IdRangeTarget<>(
                InputKind.CONFIRMATIONS.entity(),
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
            new IdRangeTarget<>(
                InputKind.HOLDINGS.entity(),
                store::nextHoldingId,
                Holding::id,
                store::insertHoldings,
                store::deleteHoldings),
            store,
            audit,
            tx,
            clock);
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
