package com.tickmark.app.ui.blotter;

import com.tickmark.app.ui.table.Formats;
import com.tickmark.model.trade.TradeSource;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.trade.blotter.BlotterSource.FixMessage;
import java.util.List;

/**
 * Where a trade came from, in one sentence for its detail: from its source and what its first
 * version records (who stored it, when and why), and the FIX messages received for it. A trade of
 * the demo firm says it is a simulated fill, so its FIX source is not taken for a message that
 * never came.
 */
final class TradeOrigin {
  private TradeOrigin() {}

  /**
   * @param first the trade's first version
   * @param messages the FIX messages received for the trade
   * @param demoFirm whether the workspace holds the generated demo firm
   */
  static String of(TradeVersion first, List<FixMessage> messages, boolean demoFirm) {
    TradeSource source = first.trade().source();
    if (source == TradeSource.FIX && !messages.isEmpty()) {
      return "Received over the FIX drop copy: "
          + (messages.size() == 1 ? "1 message" : messages.size() + " messages")
          + ", the first at "
          + Formats.timestamp(messages.get(0).receivedAt())
          + " UTC.";
    }
    return switch (source) {
      case FIX ->
          demoFirm
              ? "Simulated FIX fill generated with the demo firm; no FIX message was received."
              : "Recorded as a FIX trade"
                  + recorded(first)
                  + ", but no FIX message is kept for it.";
      case FILE ->
          "Captured from a file import" + recorded(first) + ". No FIX message belongs to it.";
      case MANUAL -> "Entered by hand" + recorded(first) + ". No FIX message belongs to it.";
    };
  }

  /** " by carla at 2025-11-20 10:00:00 UTC: imported from trades.csv (import 3)". */
  private static String recorded(TradeVersion v) {
    String reason = v.reason().strip();
    if (reason.endsWith(".")) {
      reason = reason.substring(0, reason.length() - 1);
    }
    return (v.recordedBy().isBlank() ? "" : " by " + v.recordedBy())
        + (v.recordedAt() == null ? "" : " at " + Formats.timestamp(v.recordedAt()) + " UTC")
        + (reason.isEmpty() ? "" : ": " + reason);
  }
}
