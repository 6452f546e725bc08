package com.tickmark.model.ledger.posting;

import com.tickmark.model.ledger.EntryDraft;
import com.tickmark.model.ledger.lot.LotPosition;
import java.util.List;

/**
 * What one posting run produced.
 *
 * @param entries the new entries, in the order they must be stored (a reversal after what it
 *     reverses, the FX revaluation last); empty when everything was posted before
 * @param lots every book's lots per instrument as they stand at the end of the posting date, with
 *     the P&amp;L realized to date
 * @param warnings what the run could not post, in sentences (a holding without any closing price is
 *     not marked to market; a settled part of an unknown trade is not posted)
 */
public record PostingRun(List<EntryDraft> entries, List<LotPosition> lots, List<String> warnings) {
  public PostingRun {
    entries = List.copyOf(entries);
    lots = List.copyOf(lots);
    warnings = List.copyOf(warnings);
  }
}
