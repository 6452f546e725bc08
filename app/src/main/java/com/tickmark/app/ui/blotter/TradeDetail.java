package com.tickmark.app.ui.blotter;

import com.tickmark.app.area.TradeDetailTab;
import com.tickmark.model.audit.AuditRecord;
import com.tickmark.model.trade.TradeVersion;
import com.tickmark.model.trade.blotter.BlotterSource.FixMessage;
import java.util.List;

/**
 * Everything the detail pane shows about one trade: its versions, the FIX messages, the audit
 * records, where it came from ({@link TradeOrigin}), and what the areas' tabs show of it (in the
 * order of {@link BlotterViewModel#detailTabs()}).
 */
record TradeDetail(
    List<TradeVersion> versions,
    List<FixMessage> fixMessages,
    List<AuditRecord> audit,
    String origin,
    List<TradeDetailTab.Content> contributed) {
  TradeDetail {
    contributed = List.copyOf(contributed);
    versions = List.copyOf(versions);
    fixMessages = List.copyOf(fixMessages);
    audit = List.copyOf(audit);
  }

  TradeVersion current() {
    return versions.get(versions.size() - 1);
  }
}
