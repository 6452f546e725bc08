package com.tickmark.persistence.audit;

import static com.tickmark.persistence.jooq.Tables.AUDIT_RECORD;
import static com.tickmark.persistence.jooq.Tables.WORKSPACE_SETTING;
import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.audit.AuditVerification;
import com.tickmark.persistence.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of issue #10 (defect 4) on a closed workspace, by someone who can edit the database
 * file but not the workspace's {@code audit/} folder: each verified as intact with the chain alone
 * (the head sits in the same database), and each is caught by the anchors.
 */
class AuditAnchorTest {
  @TempDir Path tmp;
  Path dir;

  @BeforeEach
  void tenRecordsAnchoredAtClose() {
    dir = tmp.resolve("ws");
    try (Workspace ws = Workspace.open(dir)) {
      JooqAuditTrail trail = trail(ws);
      for (int i = 1; i <= 10; i++) {
        trail.append(event(i, "{\"price\":\"20.2\"}"));
        if (i == 4) {
          trail.anchor("sign-in:clerk");
        }
      }
      trail.anchor("close");
    }
  }

  private static JooqAuditTrail trail(Workspace ws) {
    return new JooqAuditTrail(ws.dsl(), AuditAnchorLog.in(ws.directory()));
  }

  private static AuditEvent event(int i, String after) {
    return new AuditEvent(
        "clerk",
        Instant.parse("2026-12-04T09:00:00Z").plusSeconds(i),
        "Trade",
        "T-" + i,
        AuditAction.CREATE,
        "",
        after,
        "captured");
  }

  private AuditVerification verify(boolean withAnchors) {
    try (Workspace ws = Workspace.open(dir)) {
      return withAnchors ? trail(ws).verify() : new JooqAuditTrail(ws.dsl()).verify();
    }
  }

  @Test
  void anUntouchedTrailVerifiesAgainstEveryAnchor() {
    AuditVerification v = verify(true);
    assertThat(v.isIntact()).isTrue();
    assertThat(v.anchorsChecked()).isEqualTo(2);
    assertThat(v.describe())
        .isEqualTo(
            "The audit trail is intact: 10 records verified, and 2 anchors outside the database"
                + " (the newest at record 10, close, "
                + v.latestAnchor().orElseThrow().at()
                + ").");
  }

  @Test
  void deletingTheLastRecordAndMovingTheHeadIsCaught() {
    try (Workspace ws = Workspace.open(dir)) {
      DSLContext dsl = ws.dsl();
      String hash9 =
          dsl.select(AUDIT_RECORD.RECORD_HASH)
              .from(AUDIT_RECORD)
              .where(AUDIT_RECORD.SEQ.eq(9L))
              .fetchSingle(AUDIT_RECORD.RECORD_HASH);
      dsl.deleteFrom(AUDIT_RECORD).where(AUDIT_RECORD.SEQ.eq(10L)).execute();
      dsl.update(WORKSPACE_SETTING)
          .set(WORKSPACE_SETTING.SETTING_VALUE, "9:" + hash9)
          .where(WORKSPACE_SETTING.SETTING_KEY.eq(JooqAuditTrail.HEAD))
          .execute();
    }
    assertThat(verify(false).isIntact()).as("the chain alone cannot see it").isTrue();

    AuditVerification v = verify(true);
    assertThat(v.isIntact()).isFalse();
    assertThat(v.describe())
        .startsWith("The audit trail does not verify at record 10: records 10 to 10 were anchored")
        .contains("(close) but are missing");
  }

  @Test
  void editingARecordAndRecomputingEveryLaterHashIsCaught() {
    try (Workspace ws = Workspace.open(dir)) {
      DSLContext dsl = ws.dsl();
      List<AuditRecord> records =
          dsl.selectFrom(AUDIT_RECORD)
              .orderBy(AUDIT_RECORD.SEQ)
              .fetch(
                  r ->
                      new AuditRecord(
                          r.getSeq(),
                          new AuditEvent(
                              r.getActor(),
                              r.getRecordedAt().toInstant(),
                              r.getEntityType(),
                              r.getEntityId(),
                              AuditAction.valueOf(r.getAction()),
                              r.getBeforeValue(),
                              r.getAfterValue(),
                              r.getReason()),
                          r.getPreviousHash(),
                          r.getRecordHash()));
      String previous = records.get(5).previousHash();
      for (AuditRecord r : records.subList(5, records.size())) {
        AuditEvent e = r.event();
        if (r.sequence() == 6) {
          e =
              new AuditEvent(
                  e.actor(),
                  e.at(),
                  e.entityType(),
                  e.entityId(),
                  e.action(),
                  e.before(),
                  "{\"price\":\"1\"}",
                  e.reason());
        }
        AuditRecord forged = AuditRecord.chain(r.sequence(), e, previous);
        dsl.update(AUDIT_RECORD)
            .set(AUDIT_RECORD.AFTER_VALUE, e.after())
            .set(AUDIT_RECORD.PREVIOUS_HASH, previous)
            .set(AUDIT_RECORD.RECORD_HASH, forged.hash())
            .where(AUDIT_RECORD.SEQ.eq(r.sequence()))
            .execute();
        previous = forged.hash();
      }
      dsl.update(WORKSPACE_SETTING)
          .set(WORKSPACE_SETTING.SETTING_VALUE, "10:" + previous)
          .where(WORKSPACE_SETTING.SETTING_KEY.eq(JooqAuditTrail.HEAD))
          .execute();
    }
    assertThat(verify(false).isIntact()).as("the chain alone cannot see it").isTrue();

    AuditVerification v = verify(true);
    assertThat(v.describe())
        .startsWith("The audit trail does not verify at record 10: it is not the record anchored")
        .contains("(close)");
  }

  @Test
  void anEditedAnchorIsNamedByFileAndLine() throws IOException {
    Path log = AuditAnchorLog.in(dir).file();
    List<String> lines = Files.readAllLines(log);
    Files.write(log, List.of(lines.get(0).replaceFirst("^4 ", "3 "), lines.get(1)));

    assertThat(verify(true).describe())
        .isEqualTo(
            "The audit trail cannot be trusted: "
                + log
                + ":1: anchor: its key does not match (the line was edited, or one before it was"
                + " removed or changed)");
  }

  @Test
  void removingAnAnchorFromTheMiddleOrDeletingTheLogIsCaught() throws IOException {
    Path log = AuditAnchorLog.in(dir).file();
    List<String> lines = Files.readAllLines(log);
    Files.write(log, List.of(lines.get(1)));
    assertThat(verify(true).describe()).contains(log + ":1: anchor: its key does not match");

    Files.delete(log);
    assertThat(verify(true).describe())
        .contains("the anchor log " + log + " is missing, although anchors were written");
  }

  @Test
  void aLineCutShortByACrashIsIgnoredAndTheNextAnchorFollowsTheLastWholeOne() throws IOException {
    Path log = AuditAnchorLog.in(dir).file();
    Files.writeString(log, "11 abc", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);
    assertThat(verify(true).isIntact()).isTrue();

    try (Workspace ws = Workspace.open(dir)) {
      trail(ws).append(event(11, "{}"));
      trail(ws).anchor("end-of-day:2026-12-07");
    }
    AuditVerification v = verify(true);
    assertThat(v.isIntact()).isTrue();
    assertThat(v.anchorsChecked()).isEqualTo(3);
    assertThat(Files.readAllLines(log)).hasSize(3).noneMatch(l -> l.startsWith("11 abc"));
  }
}
