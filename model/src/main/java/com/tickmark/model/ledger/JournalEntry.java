package com.tickmark.model.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored journal entry: its content, its state and who prepared and posted it.
 *
 * @param id the journal's sequence number, in the order entries were stored
 * @param postedBy who posted it (for a manual journal, its approver); null until posted
 * @param postedAt when it was posted; null until posted
 */
public record JournalEntry(
    long id,
    EntryDraft content,
    EntryState state,
    String preparedBy,
    Instant preparedAt,
    String postedBy,
    Instant postedAt) {
  public JournalEntry {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(preparedBy, "prepared by");
    Objects.requireNonNull(preparedAt, "prepared at");
    if (state == EntryState.POSTED && (postedBy == null || postedAt == null)) {
      throw new IllegalArgumentException("Posted entry " + id + " needs who posted it and when");
    }
  }

  public boolean posted() {
    return state == EntryState.POSTED;
  }
}
