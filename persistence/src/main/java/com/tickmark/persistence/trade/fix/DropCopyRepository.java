package com.tickmark.persistence.trade.fix;

import static com.tickmark.persistence.jooq.Tables.FIX_EXECUTION_REPORT;
import static com.tickmark.persistence.jooq.Tables.FIX_REPAIR_QUEUE;

import com.tickmark.model.trade.TradeId;
import com.tickmark.model.trade.fix.DropCopyStore;
import com.tickmark.model.trade.fix.ReceivedReport;
import com.tickmark.model.trade.fix.RepairItem;
import com.tickmark.model.trade.fix.ReportOutcome;
import com.tickmark.persistence.workspace.Batches;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Received FIX execution reports (raw text and outcome) and the repair queue. */
public final class DropCopyRepository implements DropCopyStore {
  private static final int IN_LIST = 500;
  private final DSLContext dsl;

  public DropCopyRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public Set<String> knownExecIds(Collection<String> execIds) {
    // An ExecID longer than the column is stored in its stored form (its report is refused, and
    // kept whole in raw_message): it is known when that form is.
    Map<String, List<String>> byStored = new HashMap<>();
    for (String id : new HashSet<>(execIds)) {
      byStored.computeIfAbsent(stored(id), k -> new ArrayList<>()).add(id);
    }
    List<String> all = List.copyOf(byStored.keySet());
    Set<String> known = new HashSet<>();
    for (int from = 0; from < all.size(); from += IN_LIST) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
      dsl.selectDistinct(FIX_EXECUTION_REPORT.EXEC_ID)
          .from(FIX_EXECUTION_REPORT)
          .where(FIX_EXECUTION_REPORT.EXEC_ID.in(chunk))
          .fetch(FIX_EXECUTION_REPORT.EXEC_ID)
          .forEach(stored -> known.addAll(byStored.get(stored)));
    }
    return known;
  }

  @Override
  public Optional<TradeId> tradeFor(String execId) {
    return dsl.select(FIX_EXECUTION_REPORT.TRADE_ID)
        .from(FIX_EXECUTION_REPORT)
        .where(
            FIX_EXECUTION_REPORT.EXEC_ID.eq(execId),
            FIX_EXECUTION_REPORT.TRADE_ID.isNotNull(),
            FIX_EXECUTION_REPORT.OUTCOME.in(
                ReportOutcome.CREATED.name(),
                ReportOutcome.CORRECTED.name(),
                ReportOutcome.BUSTED.name()))
        .limit(1)
        .fetchOptional(FIX_EXECUTION_REPORT.TRADE_ID)
        .map(TradeId::new);
  }

  @Override
  public void record(List<ReceivedReport> reports) {
    Batches.insert(
        dsl,
        FIX_EXECUTION_REPORT,
        reports,
        x ->
            new Object[] {
              utc(x),
              x.report().senderCompId(),
              x.report().targetCompId(),
              x.report().msgSeqNum(),
              stored(x.report().execId()),
              cut(x.report().execType(), 1),
              cut(x.report().execRefId(), 64),
              x.outcome().name(),
              x.tradeId() == null ? null : x.tradeId().value(),
              x.tradeVersion() == 0 ? null : x.tradeVersion(),
              cut(x.detail(), 2000),
              x.report().raw()
            },
        FIX_EXECUTION_REPORT.RECEIVED_AT,
        FIX_EXECUTION_REPORT.SENDER_COMP_ID,
        FIX_EXECUTION_REPORT.TARGET_COMP_ID,
        FIX_EXECUTION_REPORT.MSG_SEQ_NUM,
        FIX_EXECUTION_REPORT.EXEC_ID,
        FIX_EXECUTION_REPORT.EXEC_TYPE,
        FIX_EXECUTION_REPORT.EXEC_REF_ID,
        FIX_EXECUTION_REPORT.OUTCOME,
        FIX_EXECUTION_REPORT.TRADE_ID,
        FIX_EXECUTION_REPORT.TRADE_VERSION,
        FIX_EXECUTION_REPORT.DETAIL,
        FIX_EXECUTION_REPORT.RAW_MESSAGE);
    List<ReceivedReport> repairs =
        reports.stream().filter(x -> x.outcome() == ReportOutcome.REPAIR).toList();
    Batches.insert(
        dsl,
        FIX_REPAIR_QUEUE,
        repairs,
        x ->
            new Object[] {
              utc(x), stored(x.report().execId()), cut(x.detail(), 2000), x.report().raw()
            },
        FIX_REPAIR_QUEUE.RECEIVED_AT,
        FIX_REPAIR_QUEUE.EXEC_ID,
        FIX_REPAIR_QUEUE.REASON,
        FIX_REPAIR_QUEUE.RAW_MESSAGE);
  }

  @Override
  public List<RepairItem> repairQueue() {
    return dsl.selectFrom(FIX_REPAIR_QUEUE)
        .orderBy(FIX_REPAIR_QUEUE.ID)
        .fetch(
            r ->
                new RepairItem(
                    r.getId(),
                    r.getReceivedAt().toInstant(),
                    r.getExecId(),
                    r.getReason(),
                    r.getState(),
                    r.getRawMessage()));
  }

  @Override
  public Optional<RepairItem> repairItem(long id) {
    return dsl.selectFrom(FIX_REPAIR_QUEUE)
        .where(FIX_REPAIR_QUEUE.ID.eq(id))
        .fetchOptional(
            r ->
                new RepairItem(
                    r.getId(),
                    r.getReceivedAt().toInstant(),
                    r.getExecId(),
                    r.getReason(),
                    r.getState(),
                    r.getRawMessage()));
  }

  @Override
  public boolean resolveRepair(long id, String state, String by, Instant at, String note) {
    return dsl.update(FIX_REPAIR_QUEUE)
            .set(FIX_REPAIR_QUEUE.STATE, state)
            .set(FIX_REPAIR_QUEUE.RESOLVED_BY, cut(by, 64))
            .set(FIX_REPAIR_QUEUE.RESOLVED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
            .set(FIX_REPAIR_QUEUE.RESOLUTION, cut(note == null ? "" : note, 2000))
            .where(FIX_REPAIR_QUEUE.ID.eq(id), FIX_REPAIR_QUEUE.STATE.eq(RepairItem.OPEN))
            .execute()
        == 1;
  }

  @Override
  public Map<ReportOutcome, Integer> countByOutcome() {
    Map<ReportOutcome, Integer> counts = new EnumMap<>(ReportOutcome.class);
    dsl.select(FIX_EXECUTION_REPORT.OUTCOME, DSL.count())
        .from(FIX_EXECUTION_REPORT)
        .groupBy(FIX_EXECUTION_REPORT.OUTCOME)
        .forEach(r -> counts.put(ReportOutcome.valueOf(r.value1()), r.value2()));
    return counts;
  }

  private static OffsetDateTime utc(ReceivedReport x) {
    return OffsetDateTime.ofInstant(x.report().receivedAt(), ZoneOffset.UTC);
  }

  /**
   * An ExecID as the 64-character column keeps it: as it is when it fits, else its first 40
   * characters, '#' and 23 hex digits of its SHA-256, so that two long ids that share a beginning
   * are still told apart.
   */
  static String stored(String execId) {
    if (execId.length() <= 64) {
      return execId;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(execId.getBytes(StandardCharsets.UTF_8));
      return execId.substring(0, 40) + "#" + HexFormat.of().formatHex(hash).substring(0, 23);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
