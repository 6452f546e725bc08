package com.tickmark.persistence.intake;

import static com.tickmark.persistence.jooq.Tables.INTAKE_RUN;

import com.tickmark.model.intake.IntakeJournal;
import com.tickmark.model.intake.IntakeRun;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The intake journal in the workspace database (table {@code intake_run}). */
public final class IntakeRunRepository implements IntakeJournal {
  private final DSLContext dsl;

  public IntakeRunRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public long begin(
      String kind,
      String fileName,
      String sha256,
      String startedBy,
      Instant startedAt,
      long firstId) {
    Long max = dsl.select(DSL.max(INTAKE_RUN.ID)).from(INTAKE_RUN).fetchOne(0, Long.class);
    long id = max == null ? 1 : max + 1;
    dsl.insertInto(INTAKE_RUN)
        .set(INTAKE_RUN.ID, id)
        .set(INTAKE_RUN.KIND, kind)
        .set(
            INTAKE_RUN.FILE_NAME,
            fileName.length() <= 500 ? fileName : fileName.substring(0, 497) + "...")
        .set(INTAKE_RUN.SHA256, sha256)
        .set(INTAKE_RUN.STARTED_BY, startedBy)
        .set(INTAKE_RUN.STARTED_AT, OffsetDateTime.ofInstant(startedAt, ZoneOffset.UTC))
        .set(INTAKE_RUN.FIRST_ID, firstId)
        .set(INTAKE_RUN.STATE, IntakeRun.State.RUNNING.name())
        .execute();
    return id;
  }

  @Override
  public void advance(long runId, long lastId) {
    dsl.update(INTAKE_RUN).set(INTAKE_RUN.LAST_ID, lastId).where(INTAKE_RUN.ID.eq(runId)).execute();
  }

  @Override
  public void end(long runId, IntakeRun.State state) {
    dsl.update(INTAKE_RUN)
        .set(INTAKE_RUN.STATE, state.name())
        .where(INTAKE_RUN.ID.eq(runId))
        .execute();
  }

  @Override
  public List<IntakeRun> unfinished(String kind) {
    return dsl.selectFrom(INTAKE_RUN)
        .where(INTAKE_RUN.KIND.eq(kind), INTAKE_RUN.STATE.eq(IntakeRun.State.RUNNING.name()))
        .orderBy(INTAKE_RUN.ID)
        .fetch(
            r ->
                new IntakeRun(
                    r.getId(),
                    r.getKind(),
                    r.getFileName(),
                    r.getSha256(),
                    r.getStartedBy(),
                    r.getStartedAt().toInstant(),
                    r.getFirstId(),
                    r.getLastId(),
                    IntakeRun.State.valueOf(r.getState())));
  }
}
