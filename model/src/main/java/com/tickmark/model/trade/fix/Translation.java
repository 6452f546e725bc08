package com.tickmark.model.trade.fix;

import com.tickmark.model.trade.Trade;
import java.util.Objects;

/** What an execution report translates into: a trade (version), or a reason it cannot be one. */
public sealed interface Translation {
  /** The report gives this trade, or this next version of one. */
  record Accepted(Trade trade) implements Translation {
    public Accepted {
      Objects.requireNonNull(trade, "trade");
    }
  }

  /** The report cannot become a trade as it is; a person must repair it. */
  record Refused(String reason) implements Translation {
    public Refused {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
