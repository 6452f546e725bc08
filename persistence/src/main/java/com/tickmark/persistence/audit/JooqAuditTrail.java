package com.tickmark.persistence.audit;

import static com.tickmark.persistence.jooq.Tables.AUDIT_RECORD;
import static com.tickmark.persistence.jooq.Tables.WORKSPACE_SETTING;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditChain;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditFilter;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditTrail;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.persistence.jooq.tables.records.AuditRecordRecord;
import com.tickmark.persistence.workspace.Batches;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail in the workspace database. An append locks the {@code audit.head} setting row,
 * chains the new record to the head, inserts it and moves the head, all in the caller's
 * transaction. Anchors of the head go to an {@link AuditAnchorLog} outside the database.
 */
public final class JooqAuditTrail implements AuditTrail {
  private static final Logger LOG = LoggerFactory.getLogger(JooqAuditTrail.class);
  static final String HEAD = "audit.head";
  private final DSLContext dsl;
  private final AuditAnchorLog anchors;

  /** A trail that keeps no anchors outside the database (tests of the chain alone). */
  public JooqAuditTrail(DSLContext dsl) {
    this(dsl, null);
  }

  public JooqAuditTrail(DSLContext dsl, AuditAnchorLog anchors) {
    this.dsl = dsl;
    this.anchors = anchors;
  }

  @Override
  public void anchor(String occasion) {
    if (anchors == null) {
      return;
    }
    try {
      // H2 writes commits to the file up to a second later: an anchor must never name a record a
      // process killed now could lose, or the next check would cry tampering
      dsl.execute("CHECKPOINT");
      AuditChain.Head head = head();
      if (head.sequence() > 0) {
        anchors.append(head, Instant.now().truncatedTo(ChronoUnit.MICROS), occasion);
      }
    } catch (UncheckedIOException | DataAccessException e) {
      // the change is committed; a missed anchor only weakens the next check
      LOG.warn("Could not anchor the audit trail ({}): {}", occasion, e.getMessage());
    }
  }

  private AuditChain.Head head() {
    return parseHead(
        dsl.select(WORKSPACE_SETTING.SETTING_VALUE)
            .from(WORKSPACE_SETTING)
            .where(WORKSPACE_SETTING.SETTING_KEY.eq(HEAD))
            .fetchOptional(WORKSPACE_SETTING.SETTING_VALUE)
            .orElse("0:" + AuditRecord.GENESIS));
  }

  @Override
  public AuditRecord append(AuditEvent event) {
    return dsl.transactionResult(
        () -> {
          AuditChain.Head head =
              parseHead(
                  dsl.select(WORKSPACE_SETTING.SETTING_VALUE)
                      .from(WORKSPACE_SETTING)
                      .where(WORKSPACE_SETTING.SETTING_KEY.eq(HEAD))
                      .forUpdate()
                      .fetchSingle(WORKSPACE_SETTING.SETTING_VALUE));
          AuditRecord record = AuditRecord.chain(head.sequence() + 1, event, head.hash());
          dsl.insertInto(AUDIT_RECORD)
              .set(AUDIT_RECORD.SEQ, record.sequence())
              .set(AUDIT_RECORD.RECORDED_AT, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC))
              .set(AUDIT_RECORD.ACTOR, event.actor())
              .set(AUDIT_RECORD.ENTITY_TYPE, event.entityType())
              .set(AUDIT_RECORD.ENTITY_ID, event.entityId())
              .set(AUDIT_RECORD.ACTION, event.action().name())
              .set(AUDIT_RECORD.BEFORE_VALUE, event.before())
              .set(AUDIT_RECORD.AFTER_VALUE, event.after())
              .set(AUDIT_RECORD.REASON, event.reason())
              .set(AUDIT_RECORD.PREVIOUS_HASH, record.previousHash())
              .set(AUDIT_RECORD.RECORD_HASH, record.hash())
              .execute();
          dsl.update(WORKSPACE_SETTING)
              .set(WORKSPACE_SETTING.SETTING_VALUE, record.sequence() + ":" + record.hash())
              .where(WORKSPACE_SETTING.SETTING_KEY.eq(HEAD))
              .execute();
          return record;
        });
  }

  /**
   * Appends the events in one batch: one read and one update of the chain's head, one batched
   * insert.
   */
  @Override
  public List<AuditRecord> appendAll(List<AuditEvent> events) {
    if (events.isEmpty()) {
      return List.of();
    }
    return dsl.transactionResult(
        () -> {
          AuditChain.Head head =
              parseHead(
                  dsl.select(WORKSPACE_SETTING.SETTING_VALUE)
                      .from(WORKSPACE_SETTING)
                      .where(WORKSPACE_SETTING.SETTING_KEY.eq(HEAD))
                      .forUpdate()
                      .fetchSingle(WORKSPACE_SETTING.SETTING_VALUE));
          List<AuditRecord> records = new ArrayList<>(events.size());
          long sequence = head.sequence();
          String previous = head.hash();
          for (AuditEvent event : events) {
            AuditRecord record = AuditRecord.chain(++sequence, event, previous);
            records.add(record);
            previous = record.hash();
          }
          Batches.insert(
              dsl,
              AUDIT_RECORD,
              records,
              r ->
                  new Object[] {
                    r.sequence(),
                    OffsetDateTime.ofInstant(r.event().at(), ZoneOffset.UTC),
                    r.event().actor(),
                    r.event().entityType(),
                    r.event().entityId(),
                    r.event().action().name(),
                    r.event().before(),
                    r.event().after(),
                    r.event().reason(),
                    r.previousHash(),
                    r.hash()
                  },
              AUDIT_RECORD.SEQ,
              AUDIT_RECORD.RECORDED_AT,
              AUDIT_RECORD.ACTOR,
              AUDIT_RECORD.ENTITY_TYPE,
              AUDIT_RECORD.ENTITY_ID,
              AUDIT_RECORD.ACTION,
              AUDIT_RECORD.BEFORE_VALUE,
              AUDIT_RECORD.AFTER_VALUE,
              AUDIT_RECORD.REASON,
              AUDIT_RECORD.PREVIOUS_HASH,
              AUDIT_RECORD.RECORD_HASH);
          dsl.update(WORKSPACE_SETTING)
              .set(WORKSPACE_SETTING.SETTING_VALUE, sequence + ":" + previous)
              .where(WORKSPACE_SETTING.SETTING_KEY.eq(HEAD))
              .execute();
          return records;
        });
  }

  @Override
  public AuditVerification verify() {
    AuditAnchorLog.Reading anchored =
        anchors == null ? new AuditAnchorLog.Reading(List.of(), null) : anchors.read();
    if (!anchored.trusted()) {
      return AuditVerification.anchorsBroken(anchored.problem());
    }
    AuditChain.Head head = head();
    try (Cursor<AuditRecordRecord> cursor =
        dsl.selectFrom(AUDIT_RECORD).orderBy(AUDIT_RECORD.SEQ).fetchSize(1_000).fetchLazy()) {
      Iterator<AuditRecordRecord> rows = cursor.iterator();
      Iterator<AuditRecord> records =
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return rows.hasNext();
            }

            @Override
            public AuditRecord next() {
              AuditRecordRecord row = rows.next();
              try {
                return toRecord(row);
              } catch (IllegalArgumentException | NullPointerException e) {
                throw new UnreadableRecord(row.getSeq(), e);
              }
            }
          };
      try {
        return AuditChain.verify(records, head.sequence() == 0 ? null : head, anchored.anchors());
      } catch (UnreadableRecord e) {
        return AuditVerification.broken(
            e.sequence - 1,
            e.sequence,
            "its content cannot be read ("
                + e.getCause().getMessage()
                + "); it was edited after it was written");
      }
    }
  }

  @Override
  public void forEach(Set<String> entityTypes, Consumer<AuditRecord> action) {
    try (Cursor<AuditRecordRecord> cursor =
        dsl.selectFrom(AUDIT_RECORD)
            .where(AUDIT_RECORD.ENTITY_TYPE.in(entityTypes))
            .orderBy(AUDIT_RECORD.SEQ)
            .fetchSize(1_000)
            .fetchLazy()) {
      cursor.forEach(r -> action.accept(toRecord(r)));
    }
  }

  @Override
  public List<AuditRecord> search(AuditFilter f) {
    List<Condition> where = new ArrayList<>();
    if (f.actor() != null && !f.actor().isBlank()) {
      where.add(AUDIT_RECORD.ACTOR.eq(f.actor()));
    }
    if (f.entityType() != null && !f.entityType().isBlank()) {
      where.add(AUDIT_RECORD.ENTITY_TYPE.eq(f.entityType()));
    }
    if (f.entityId() != null && !f.entityId().isBlank()) {
      where.add(AUDIT_RECORD.ENTITY_ID.eq(f.entityId()));
    }
    if (f.action() != null) {
      where.add(AUDIT_RECORD.ACTION.eq(f.action().name()));
    }
    if (f.from() != null) {
      where.add(AUDIT_RECORD.RECORDED_AT.ge(OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC)));
    }
    if (f.to() != null) {
      where.add(AUDIT_RECORD.RECORDED_AT.lt(OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC)));
    }
    return dsl.selectFrom(AUDIT_RECORD)
        .where(DSL.and(where))
        .orderBy(AUDIT_RECORD.SEQ.desc())
        .limit(f.limit())
        .fetch(JooqAuditTrail::toRecord);
  }

  private static AuditRecord toRecord(AuditRecordRecord r) {
    AuditEvent event =
        new AuditEvent(
            r.getActor(),
            r.getRecordedAt().toInstant(),
            r.getEntityType(),
            r.getEntityId(),
            AuditAction.valueOf(r.getAction()),
            r.getBeforeValue(),
            r.getAfterValue(),
            r.getReason());
    return new AuditRecord(r.getSeq(), event, r.getPreviousHash(), r.getRecordHash());
  }

  /** A row whose fields no longer make an audit record: tampering, reported at that row. */
  private static final class UnreadableRecord extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long sequence;

    UnreadableRecord(long sequence, Throwable cause) {
      super(cause);
      this.sequence = sequence;
    }
  }

  private static AuditChain.Head parseHead(String value) {
    int colon = value.indexOf(':');
    return new AuditChain.Head(
        Long.parseLong(value.substring(0, colon)), value.substring(colon + 1));
  }
}
