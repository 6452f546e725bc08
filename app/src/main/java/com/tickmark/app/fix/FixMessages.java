package com.tickmark.app.fix;

import com.tickmark.model.trade.fix.ExecutionReport;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import quickfix.Field;
import quickfix.FieldMap;
import quickfix.Message;

/** QuickFIX/J messages as the engine-neutral {@link ExecutionReport} the business code reads. */
final class FixMessages {
  static final char SOH = '\u0001';

  private FixMessages() {}

  /**
   * The report as received: read from the message's text as the engine received it (so a live
   * report and the same report replayed from the message log are read alike), else from its fields.
   */
  static ExecutionReport toReport(Message message, Instant receivedAt) {
    String raw = message.toRawString();
    if (raw != null && !raw.isEmpty()) {
      return ExecutionReport.parse(raw, receivedAt);
    }
    Map<Integer, String> fields = new HashMap<>();
    copy(message.getHeader(), fields);
    copy(message, fields);
    return new ExecutionReport(fields, message.toString(), receivedAt);
  }

  /** A raw message's top-level fields (repeating groups flattened, first value kept). */
  static ExecutionReport parse(String raw, Instant receivedAt) {
    return ExecutionReport.parse(raw, receivedAt);
  }

  private static void copy(FieldMap map, Map<Integer, String> into) {
    for (Iterator<Field<?>> it = map.iterator(); it.hasNext(); ) {
      Field<?> f = it.next();
      into.put(f.getTag(), String.valueOf(f.getObject()));
    }
  }

  /** One line for people: what the message is, by its key fields. */
  static String summary(ExecutionReport r) {
    StringBuilder s = new StringBuilder();
    s.append("35=8 150=").append(r.execType()).append(" 17=").append(r.execId());
    if (!r.execRefId().isEmpty()) {
      s.append(" 19=").append(r.execRefId());
    }
    String side =
        switch (r.get(ExecutionReport.SIDE)) {
          case "1" -> "BUY";
          case "2" -> "SELL";
          case "5" -> "SELL SHORT";
          default -> "54=" + r.get(ExecutionReport.SIDE);
        };
    String instrument =
        r.has(ExecutionReport.SECURITY_ID)
            ? r.get(ExecutionReport.SECURITY_ID)
            : r.get(ExecutionReport.SYMBOL);
    s.append(' ')
        .append(side)
        .append(' ')
        .append(r.get(ExecutionReport.LAST_QTY))
        .append(' ')
        .append(instrument)
        .append(" @ ")
        .append(r.get(ExecutionReport.LAST_PX));
    if (r.has(ExecutionReport.ACCOUNT)) {
      s.append(" account ").append(r.get(ExecutionReport.ACCOUNT));
    }
    if (r.possibleRepeat()) {
      s.append(" (possible repeat)");
    }
    return s.toString();
  }
}
