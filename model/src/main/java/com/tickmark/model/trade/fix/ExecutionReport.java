package com.tickmark.model.trade.fix;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One FIX 4.4 ExecutionReport (35=8) as received, engine-neutral: its fields by tag (header and
 * body) and its raw text. The FIX engine lives in the app; this is all the business code sees.
 */
public record ExecutionReport(Map<Integer, String> fields, String raw, Instant receivedAt) {
  public static final int ACCOUNT = 1;
  public static final int AVG_PX = 6;
  public static final int COMMISSION = 12;
  public static final int CURRENCY = 15;
  public static final int EXEC_ID = 17;
  public static final int EXEC_REF_ID = 19;
  public static final int SECURITY_ID_SOURCE = 22;
  public static final int LAST_PX = 31;
  public static final int LAST_QTY = 32;
  public static final int MSG_SEQ_NUM = 34;
  public static final int MSG_TYPE = 35;
  public static final int ORDER_ID = 37;
  public static final int POSS_DUP_FLAG = 43;
  public static final int SECURITY_ID = 48;
  public static final int SENDER_COMP_ID = 49;
  public static final int SIDE = 54;
  public static final int SYMBOL = 55;
  public static final int TARGET_COMP_ID = 56;
  public static final int TRANSACT_TIME = 60;
  public static final int SETTL_DATE = 64;
  public static final int TRADE_DATE = 75;
  public static final int POSS_RESEND = 97;
  public static final int EXEC_TYPE = 150;

  /** SecurityIDSource (22) value for an ISIN. */
  public static final String ID_SOURCE_ISIN = "4";

  public ExecutionReport {
    fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
    raw = raw == null ? "" : raw;
    Objects.requireNonNull(receivedAt, "received at");
  }

  /**
   * A report from its raw text (tag=value fields separated by SOH, as the FIX message log and the
   * repair queue keep it): top-level fields, repeating groups flattened, the first value kept.
   */
  public static ExecutionReport parse(String raw, Instant receivedAt) {
    Map<Integer, String> fields = new HashMap<>();
    for (String part : raw.split("\u0001")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        try {
          fields.putIfAbsent(Integer.parseInt(part.substring(0, eq)), part.substring(eq + 1));
        } catch (NumberFormatException e) {
          // not a field: skip it
        }
      }
    }
    return new ExecutionReport(fields, raw, receivedAt);
  }

  /** The field's value, trimmed, or "" when the message does not carry it. */
  public String get(int tag) {
    String v = fields.get(tag);
    return v == null ? "" : v.trim();
  }

  public boolean has(int tag) {
    return !get(tag).isEmpty();
  }

  public String execId() {
    return get(EXEC_ID);
  }

  public String execRefId() {
    return get(EXEC_REF_ID);
  }

  /**
   * ExecType (150): F trade, G correction, H bust; anything else is an order event, not a trade.
   */
  public String execType() {
    return get(EXEC_TYPE);
  }

  /** The counterparty's comp id: who sent it (49), the acceptor session's target. */
  public String senderCompId() {
    return get(SENDER_COMP_ID);
  }

  public String targetCompId() {
    return get(TARGET_COMP_ID);
  }

  public int msgSeqNum() {
    try {
      return Integer.parseInt(get(MSG_SEQ_NUM));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The sender says it may have sent this before (PossDupFlag 43=Y or PossResend 97=Y). */
  public boolean possibleRepeat() {
    return "Y".equals(get(POSS_DUP_FLAG)) || "Y".equals(get(POSS_RESEND));
  }

  /** The raw text with the SOH separators shown as '|', for people. */
  public String readable() {
    return raw.replace('\u0001', '|');
  }
}
