package com.tickmark.model.demo.inbox;

import com.tickmark.model.demo.ExpectedMatch;
import com.tickmark.model.demo.InjectedFault;
import java.util.List;

/**
 * What an inbox writer put into its files on purpose: the faults, and the messy entries that still
 * agree with the books (expected matches), each by file and line.
 */
public record WrittenInbox(List<InjectedFault> faults, List<ExpectedMatch> expectedMatches) {
  public WrittenInbox {
    faults = List.copyOf(faults);
    expectedMatches = List.copyOf(expectedMatches);
  }
}
