package com.tickmark.model.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AuditChainTest {
  static List<AuditRecord> chain(int n) {
    List<AuditRecord> records = new ArrayList<>();
    String prev = AuditRecord.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditRecord r =
          AuditRecord.chain(
              i,
              new AuditEvent(
                  "user" + (i % 3),
                  Instant.parse("2025-11-20T09:00:00Z").plusSeconds(i),
                  "Trade",
                  "T" + i,
                  AuditAction.AMEND,
                  "{\"qty\":" + i + "}",
                  "{\"qty\":" + (i + 1) + "}",
                  "fix " + i),
              prev);
      records.add(r);
      prev = r.hash();
    }
    return records;
  }

  static AuditChain.Head head(List<AuditRecord> records) {
    AuditRecord last = records.get(records.size() - 1);
    return new AuditChain.Head(last.sequence(), last.hash());
  }

  @Test
  void anUntouchedChainVerifies() {
    List<AuditRecord> records = chain(20);
    AuditVerification v = AuditChain.verify(records.iterator(), head(records));
    assertThat(v.isIntact()).isTrue();
    assertThat(v.recordsChecked()).isEqualTo(20);
  }

  @Test
  void anEmptyTrailVerifies() {
    assertThat(AuditChain.verify(List.<AuditRecord>of().iterator(), null).isIntact()).isTrue();
  }

  @Provide
  Arbitrary<Integer> field() {
    return Arbitraries.integers().between(0, 7);
  }

  @Property(tries = 200)
  void editingAnyFieldOfAnyRecordIsReportedAtThatRecord(
      @ForAll @IntRange(min = 1, max = 30) int target, @ForAll("field") int field) {
    List<AuditRecord> records = chain(30);
    AuditRecord r = records.get(target - 1);
    AuditEvent e = r.event();
    AuditEvent edited =
        switch (field) {
          case 0 ->
              new AuditEvent(
                  "mallory",
                  e.at(),
                  e.entityType(),
                  e.entityId(),
                  e.action(),
                  e.before(),
                  e.after(),
                  e.reason());
          case 1 ->
              new AuditEvent(
                  e.actor(),
                  e.at().plusSeconds(1),
                  e.entityType(),
                  e.entityId(),
                  e.action(),
                  e.before(),
                  e.after(),
                  e.reason());
          case 2 ->
              new AuditEvent(
                  e.actor(),
                  e.at(),
                  "Journal",
                  e.entityId(),
                  e.action(),
                  e.before(),
                  e.after(),
                  e.reason());
          case 3 ->
              new AuditEvent(
                  e.actor(),
                  e.at(),
                  e.entityType(),
                  "T999",
                  e.action(),
                  e.before(),
                  e.after(),
                  e.reason());
          case 4 ->
              new AuditEvent(
                  e.actor(),
                  e.at(),
                  e.entityType(),
                  e.entityId(),
                  AuditAction.CANCEL,
                  e.before(),
                  e.after(),
                  e.reason());
          case 5 ->
              new AuditEvent(
                  e.actor(),
                  e.at(),
                  e.entityType(),
                  e.entityId(),
                  e.action(),
                  "{}",
                  e.after(),
                  e.reason());
          case 6 ->
              new AuditEvent(
                  e.actor(),
                  e.at(),
                  e.entityType(),
                  e.entityId(),
                  e.action(),
                  e.before(),
                  "{}",
                  e.reason());
          default ->
              new AuditEvent(
                  e.actor(),
                  e.at(),
                  e.entityType(),
                  e.entityId(),
                  e.action(),
                  e.before(),
                  e.after(),
                  "other");
        };
    records.set(target - 1, new AuditRecord(r.sequence(), edited, r.previousHash(), r.hash()));
    assertThat(AuditChain.verify(records.iterator(), head(chain(30))).firstBadSequence())
        .contains((long) target);
  }

  @Test
  void removingARecordInTheMiddleIsReportedWhereTheGapIs() {
    List<AuditRecord> records = chain(10);
    records.remove(4);
    AuditVerification v = AuditChain.verify(records.iterator(), head(chain(10)));
    assertThat(v.firstBadSequence()).contains(6L);
    assertThat(v.problem()).contains("record 5 is missing");
  }

  @Test
  void truncatingTheTrailIsReportedAgainstTheRecordedHead() {
    List<AuditRecord> all = chain(10);
    AuditVerification v = AuditChain.verify(all.subList(0, 7).iterator(), head(all));
    assertThat(v.firstBadSequence()).contains(8L);
    assertThat(v.problem()).contains("records 8 to 10 were written but are missing");
  }

  @Test
  void fieldsCannotBeShiftedFromOneIntoAnotherWithoutChangingTheHash() {
    AuditEvent a = new AuditEvent("ab", Instant.EPOCH, "c", "", AuditAction.CREATE, "", "", "");
    AuditEvent b = new AuditEvent("a", Instant.EPOCH, "bc", "", AuditAction.CREATE, "", "", "");
    assertThat(AuditRecord.chain(1, a, AuditRecord.GENESIS).hash())
        .isNotEqualTo(AuditRecord.chain(1, b, AuditRecord.GENESIS).hash());
  }

  /**
   * A user record as the hand-written JSON of earlier versions wrote it: raw tab, ', ' in lists.
   */
  static final AuditEvent WRITTEN_BEFORE_JACKSON =
      new AuditEvent(
          "ada",
          Instant.parse("2025-11-20T08:00:00.123456Z"),
          "User",
          "clerk",
          AuditAction.AMEND,
          "{\"username\":\"clerk\",\"displayName\":\"Carla 'C'\tM\",\"roles\":[\"CLERK\"],"
              + "\"enabled\":true}",
          "{\"username\":\"clerk\",\"displayName\":\"Carla 'C'\tM\","
              + "\"roles\":[\"ACCOUNTANT\", \"CLERK\"],\"enabled\":true}",
          "approved request #1 of ada: month-end");

  @Test
  void aRecordWrittenBeforeJsonWentThroughJacksonKeepsItsHash() {
    // the hash is over the stored text, whatever JSON library wrote it: this is the hash the
    // record got when it was written, so it still verifies
    AuditRecord r = AuditRecord.chain(1, WRITTEN_BEFORE_JACKSON, AuditRecord.GENESIS);
    assertThat(r.hash())
        .isEqualTo("e09b7db85b6728d9e4c9c28bdd5e44c2c7e648be714d680c25fa9f10d5e22680");
    assertThat(
            AuditChain.verify(
                    List.of(r).iterator(),
                    new AuditChain.Head(
                        1, "e09b7db85b6728d9e4c9c28bdd5e44c2c7e648be714d680c25fa9f10d5e22680"))
                .isIntact())
        .isTrue();
  }
}
