package com.tickmark.app.ui.blotter;

import com.tickmark.app.ui.trade.TradeActionViewModel.Action;
import com.tickmark.model.trade.TradeId;
import java.util.List;
import javafx.stage.Window;

/**
 * What the blotter's menu and shortcuts do to trades: each opens its dialog, does the work off the
 * FX thread and then calls {@code done}. The blotter shows the result itself, live, from the trade
 * change notices.
 */
interface TradeActions {
  void captureNew(Window owner, Runnable done);

  /**
   * Confirms, affirms, settles or fails {@code trades}: every {@link Action} but CANCEL, which is
   * {@link #cancel}.
   */
  void move(Window owner, Action step, List<TradeId> trades, Runnable done);

  void amend(Window owner, TradeId trade, Runnable done);

  void cancel(Window owner, TradeId trade, Runnable done);
}
