package com.tickmark.app.ui.blotter;

import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.trade.blotter.BlotterSource.FixMessage;
import java.util.List;

/**
 * Everything the detail pane shows about one trade: its versions, the FIX messages, the audit
 * records, and where it came from ({@link TradeOrigin}).
 */
record TradeDetail(
    List<TradeVersion> versions,
    List<FixMessage> fixMessages,
    List<AuditRecord> audit,
    String origin) {
  TradeDetail {
    versions = List.copyOf(versions);
    fixMessages = List.copyOf(fixMessages);
    audit = List.copyOf(audit);
  }

  TradeVersion current() {
    return versions.get(versions.size() - 1);
  }
}
