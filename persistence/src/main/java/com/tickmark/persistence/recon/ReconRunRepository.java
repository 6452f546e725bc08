package com.tickmark.persistence.recon;

import static com.tickmark.persistence.jooq.Tables.RECON_BREAK;
import static com.tickmark.persistence.jooq.Tables.RECON_DECISION;
import static com.tickmark.persistence.jooq.Tables.RECON_RUN;

import com.tickmark.model.json.Json;
import com.tickmark.model.recon.run.BreakDifference;
import com.tickmark.model.recon.run.BreakKind;
import com.tickmark.model.recon.run.BreakState;
import com.tickmark.model.recon.run.LazyDifferences;
import com.tickmark.model.recon.run.ManualDecision;
import com.tickmark.model.recon.run.ReconBreak;
import com.tickmark.model.recon.run.ReconRun;
import com.tickmark.model.recon.run.ReconStore;
import com.tickmark.persistence.PlainRows;
import com.tickmark.persistence.intake.ImportTables;
import com.tickmark.persistence.jooq.tables.records.ReconBreakRecord;
import com.tickmark.persistence.jooq.tables.records.ReconDecisionRecord;
import com.tickmark.persistence.jooq.tables.records.ReconRunRecord;
import com.tickmark.persistence.workspace.Batches;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/** Recon runs and their breaks. */
public final class ReconRunRepository implements ReconStore {
  /** How an empty list of differences is stored (most breaks have none): read without parsing. */
  private static final String NO_DIFFERENCES = Json.write(List.of());

  private final DSLContext dsl;

  public ReconRunRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public long nextRunId() {
    return ImportTables.nextId(dsl, RECON_RUN.ID);
  }

  @Override
  public void insertRun(ReconRun r) {
    ReconRunRecord rec = dsl.newRecord(RECON_RUN);
    rec.setId(r.id());
    rec.setRecon(r.recon());
    rec.setRunDate(r.runDate());
    rec.setRanBy(r.ranBy());
    rec.setRanAt(at(r.ranAt()));
    rec.setOurs(r.ours());
    rec.setTheirs(r.theirs());
    rec.setMatched(r.matched());
    rec.setWithDifference(r.withDifference());
    rec.setProposed(r.proposed());
    rec.setBreaks(r.breaks());
    rec.setOpened(r.opened());
    rec.setClosed(r.closed());
    rec.insert();
  }

  @Override
  public List<ReconRun> runs(Optional<String> recon) {
    return dsl.selectFrom(RECON_RUN)
        .where(recon.map(RECON_RUN.RECON::eq).orElse(DSL.noCondition()))
        .orderBy(RECON_RUN.ID.desc())
        .fetch(
            r ->
                new ReconRun(
                    r.getId(),
                    r.getRecon(),
                    r.getRunDate(),
                    r.getRanBy(),
                    r.getRanAt().toInstant(),
                    r.getOurs(),
                    r.getTheirs(),
                    r.getMatched(),
                    r.getWithDifference(),
                    r.getProposed(),
                    r.getBreaks(),
                    r.getOpened(),
                    r.getClosed()));
  }

  @Override
  public long nextBreakId() {
    return ImportTables.nextId(dsl, RECON_BREAK.ID);
  }

  @Override
  public List<ReconBreak> breaksOf(String recon, LocalDate date) {
    return dsl.selectFrom(RECON_BREAK)
        .where(RECON_BREAK.RECON.eq(recon).and(RECON_BREAK.RUN_DATE.eq(date)))
        .orderBy(RECON_BREAK.ID)
        .fetch(ReconRunRepository::toBreak);
  }

  /**
   * Plain JDBC batches (a run of a million records stores tens of thousands), in the ids' order.
   */
  @Override
  public void insertBreaks(List<ReconBreak> breaks) {
    Batches.insert(
        dsl,
        RECON_BREAK,
        breaks,
        b ->
            new Object[] {
              b.id(),
              b.recon(),
              b.runDate(),
              b.kind().name(),
              b.identity(),
              b.reference(),
              b.sourceFile(),
              b.sourceLine(),
              b.ours(),
              b.theirs(),
              b.fields(),
              b.detail(),
              Json.write(b.differences()),
              b.pass(),
              b.amount(),
              b.currency(),
              b.state().name(),
              b.owner(),
              b.reason(),
              b.comment(),
              b.firstRun(),
              b.lastRun(),
              b.version(),
              b.updatedBy(),
              at(b.updatedAt())
            },
        BREAK_COLUMNS.toArray(Field<?>[]::new));
  }

  @Override
  public void updateBreaks(List<ReconBreak> breaks) {
    if (!breaks.isEmpty()) {
      dsl.batchUpdate(
              breaks.stream()
                  .map(
                      b -> {
                        ReconBreakRecord r = record(b);
                        r.changed(RECON_BREAK.ID, false);
                        return r;
                      })
                  .toList())
          .execute();
    }
  }

  @Override
  public void deleteBreaks(List<Long> ids) {
    if (!ids.isEmpty()) {
      dsl.deleteFrom(RECON_BREAK).where(RECON_BREAK.ID.in(ids)).execute();
    }
  }

  @Override
  public Optional<ReconBreak> find(long id) {
    return dsl.selectFrom(RECON_BREAK)
        .where(RECON_BREAK.ID.eq(id))
        .fetchOptional(ReconRunRepository::toBreak);
  }

  @Override
  public boolean update(ReconBreak next, int expectedVersion) {
    ReconBreakRecord r = record(next);
    return dsl.update(RECON_BREAK)
            .set(RECON_BREAK.STATE, r.getState())
            .set(RECON_BREAK.OWNER, r.getOwner())
            .set(RECON_BREAK.REASON, r.getReason())
            .set(RECON_BREAK.COMMENT, r.getComment())
            .set(RECON_BREAK.VERSION, r.getVersion())
            .set(RECON_BREAK.UPDATED_BY, r.getUpdatedBy())
            .set(RECON_BREAK.UPDATED_AT, r.getUpdatedAt())
            .where(RECON_BREAK.ID.eq(next.id()).and(RECON_BREAK.VERSION.eq(expectedVersion)))
            .execute()
        == 1;
  }

  /**
   * Every break, oldest run date first: read straight off the JDBC result (the queue reads 100,000
   * at a time; jOOQ's records cost more than the rows), their differences parsed when first asked.
   */
  @Override
  public List<ReconBreak> breaks(Optional<String> recon) {
    ResultQuery<?> query =
        dsl.select(BREAK_COLUMNS)
            .from(RECON_BREAK)
            .where(recon.map(RECON_BREAK.RECON::eq).orElse(DSL.noCondition()));
    Map<String, String> shared = new HashMap<>(); // recons, files, currencies, owners
    List<ReconBreak> out = PlainRows.fetch(dsl, query, rs -> toBreak(rs, shared));
    // put in order here: H2 sorting 100,000 rows would write them to a temporary file first
    out.sort(Comparator.comparing(ReconBreak::runDate).thenComparingLong(ReconBreak::id));
    return out;
  }

  @Override
  public long nextDecisionId() {
    return ImportTables.nextId(dsl, RECON_DECISION.ID);
  }

  @Override
  public void insertDecision(ManualDecision d) {
    ReconDecisionRecord r = dsl.newRecord(RECON_DECISION);
    r.setId(d.id());
    r.setRecon(d.recon());
    r.setRunDate(d.runDate());
    r.setVerdict(d.verdict().name());
    r.setOurs(String.join(",", d.ours()));
    r.setTheirs(String.join(",", d.theirs()));
    r.setComment(d.comment());
    r.setDecidedBy(d.decidedBy());
    r.setDecidedAt(at(d.decidedAt()));
    r.insert();
  }

  @Override
  public List<ManualDecision> decisions(String recon, LocalDate date) {
    return dsl.selectFrom(RECON_DECISION)
        .where(RECON_DECISION.RECON.eq(recon).and(RECON_DECISION.RUN_DATE.eq(date)))
        .orderBy(RECON_DECISION.ID)
        .fetch(
            r ->
                new ManualDecision(
                    r.getId(),
                    r.getRecon(),
                    r.getRunDate(),
                    ManualDecision.Verdict.valueOf(r.getVerdict()),
                    List.of(r.getOurs().split(",")),
                    List.of(r.getTheirs().split(",")),
                    r.getComment(),
                    r.getDecidedBy(),
                    r.getDecidedAt().toInstant()));
  }

  private ReconBreakRecord record(ReconBreak b) {
    ReconBreakRecord r = dsl.newRecord(RECON_BREAK);
    r.setId(b.id());
    r.setRecon(b.recon());
    r.setRunDate(b.runDate());
    r.setKind(b.kind().name());
    r.setIdentity(b.identity());
    r.setReference(b.reference());
    r.setSourceFile(b.sourceFile());
    r.setSourceLine(b.sourceLine());
    r.setOurs(b.ours());
    r.setTheirs(b.theirs());
    r.setFields(b.fields());
    r.setDetail(b.detail());
    r.setDifferences(Json.write(b.differences()));
    r.setPass(b.pass());
    r.setAmount(b.amount());
    r.setCurrency(b.currency());
    r.setState(b.state().name());
    r.setOwner(b.owner());
    r.setReason(b.reason());
    r.setComment(b.comment());
    r.setFirstRun(b.firstRun());
    r.setLastRun(b.lastRun());
    r.setVersion(b.version());
    r.setUpdatedBy(b.updatedBy());
    r.setUpdatedAt(at(b.updatedAt()));
    return r;
  }

  private static ReconBreak toBreak(ReconBreakRecord r) {
    return new ReconBreak(
        r.getId(),
        r.getRecon(),
        r.getRunDate(),
        BreakKind.valueOf(r.getKind()),
        r.getIdentity(),
        r.getReference(),
        r.getSourceFile(),
        r.getSourceLine(),
        r.getOurs(),
        r.getTheirs(),
        r.getFields(),
        r.getDetail(),
        differences(r.getDifferences()),
        r.getPass(),
        r.getAmount(),
        r.getCurrency(),
        BreakState.valueOf(r.getState()),
        r.getOwner(),
        r.getReason(),
        r.getComment(),
        r.getFirstRun(),
        r.getLastRun(),
        r.getVersion(),
        r.getUpdatedBy(),
        r.getUpdatedAt().toInstant());
  }

  /** The columns {@link #toBreak(ResultSet, Map)} reads, in its order. */
  private static final List<Field<?>> BREAK_COLUMNS =
      List.of(
          RECON_BREAK.ID,
          RECON_BREAK.RECON,
          RECON_BREAK.RUN_DATE,
          RECON_BREAK.KIND,
          RECON_BREAK.IDENTITY,
          RECON_BREAK.REFERENCE,
          RECON_BREAK.SOURCE_FILE,
          RECON_BREAK.SOURCE_LINE,
          RECON_BREAK.OURS,
          RECON_BREAK.THEIRS,
          RECON_BREAK.FIELDS,
          RECON_BREAK.DETAIL,
          RECON_BREAK.DIFFERENCES,
          RECON_BREAK.PASS,
          RECON_BREAK.AMOUNT,
          RECON_BREAK.CURRENCY,
          RECON_BREAK.STATE,
          RECON_BREAK.OWNER,
          RECON_BREAK.REASON,
          RECON_BREAK.COMMENT,
          RECON_BREAK.FIRST_RUN,
          RECON_BREAK.LAST_RUN,
          RECON_BREAK.VERSION,
          RECON_BREAK.UPDATED_BY,
          RECON_BREAK.UPDATED_AT);

  /** A row of {@link #BREAK_COLUMNS}; the few distinct short texts kept once in {@code shared}. */
  private static ReconBreak toBreak(ResultSet rs, Map<String, String> shared) throws SQLException {
    return new ReconBreak(
        rs.getLong(1),
        once(rs.getString(2), shared),
        rs.getObject(3, LocalDate.class),
        BreakKind.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        once(rs.getString(7), shared),
        rs.getInt(8),
        rs.getString(9),
        rs.getString(10),
        once(rs.getString(11), shared),
        rs.getString(12),
        differences(rs.getString(13)),
        once(rs.getString(14), shared),
        rs.getBigDecimal(15),
        once(rs.getString(16), shared),
        BreakState.valueOf(rs.getString(17)),
        once(rs.getString(18), shared),
        once(rs.getString(19), shared),
        rs.getString(20),
        rs.getLong(21),
        rs.getLong(22),
        rs.getInt(23),
        once(rs.getString(24), shared),
        rs.getObject(25, OffsetDateTime.class).toInstant());
  }

  private static String once(String text, Map<String, String> shared) {
    String kept = shared.putIfAbsent(text, text);
    return kept == null ? text : kept;
  }

  /** A break's stored differences, parsed when first asked for (most breaks have none). */
  private static List<BreakDifference> differences(String json) {
    return json.equals(NO_DIFFERENCES)
        ? List.of()
        : new LazyDifferences(() -> List.of(Json.read(json, BreakDifference[].class)));
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
