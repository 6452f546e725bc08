package com.tickmark.model.recon.run;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A break as stored and worked: what the run found (kind, records, fields, amount at stake) and
 * where people have taken it (state, owner, reason, comment). A match recorded with a difference is
 * kept the same way, CLOSED from the start.
 *
 * @param runDate the date the recon was run for (the trade date, statement date or value date)
 * @param identity what makes it the same break from one run to the next: its kind and the stable
 *     labels of its records
 * @param ours our records' labels, comma-separated
 * @param theirs their records' labels, comma-separated
 * @param fields the fields that differ beyond tolerance, comma-separated
 * @param detail each differing field: ours → theirs (difference), for people
 * @param differences the same, field by field (the side-by-side view highlights them)
 * @param pass the pass that paired the records, if one did
 * @param version counts the changes people made, so a second clerk acting on a stale copy is told
 */
public record ReconBreak(
    long id,
    String recon,
    LocalDate runDate,
    BreakKind kind,
    String identity,
    String reference,
    String sourceFile,
    int sourceLine,
    String ours,
    String theirs,
    String fields,
    String detail,
    List<BreakDifference> differences,
    String pass,
    BigDecimal amount,
    String currency,
    BreakState state,
    String owner,
    String reason,
    String comment,
    long firstRun,
    long lastRun,
    int version,
    String updatedBy,
    Instant updatedAt) {
  public ReconBreak {
    Objects.requireNonNull(recon, "recon");
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(state, "state");
    differences = differences instanceof LazyDifferences ? differences : List.copyOf(differences);
    owner = owner == null ? "" : owner;
    reason = reason == null ? "" : reason;
    comment = comment == null ? "" : comment;
  }

  /** This break as a person left it: state, owner, reason and comment, one version on. */
  public ReconBreak worked(
      BreakState state, String owner, String reason, String comment, String by, Instant at) {
    return new ReconBreak(
        id,
        recon,
        runDate,
        kind,
        identity,
        reference,
        sourceFile,
        sourceLine,
        ours,
        theirs,
        fields,
        detail,
        differences,
        pass,
        amount,
        currency,
        state,
        owner,
        reason,
        comment,
        firstRun,
        lastRun,
        version + 1,
        by,
        at);
  }

  /** This break as stored under {@code newId}. */
  ReconBreak withId(long newId) {
    return new ReconBreak(
        newId,
        recon,
        runDate,
        kind,
        identity,
        reference,
        sourceFile,
        sourceLine,
        ours,
        theirs,
        fields,
        detail,
        differences,
        pass,
        amount,
        currency,
        state,
        owner,
        reason,
        comment,
        firstRun,
        lastRun,
        version,
        updatedBy,
        updatedAt);
  }

  /** This break as run {@code run} found it again: its facts now, its working kept. */
  ReconBreak foundAgain(ReconBreak found, BreakState state, long run) {
    return new ReconBreak(
        id,
        recon,
        runDate,
        kind,
        identity,
        found.reference,
        found.sourceFile,
        found.sourceLine,
        found.ours,
        found.theirs,
        found.fields,
        found.detail,
        found.differences,
        found.pass,
        found.amount,
        found.currency,
        state,
        owner,
        reason,
        comment,
        firstRun,
        run,
        version,
        updatedBy,
        updatedAt);
  }
}
