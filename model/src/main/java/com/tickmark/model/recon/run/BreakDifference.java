package com.tickmark.model.recon.run;

/**
 * One compared field whose values differ between the sides, as a break keeps it: the values as text
 * (a group's sum or average), the difference (theirs − ours; business days for dates; empty for
 * text), and whether the pass's tolerance allows it.
 */
public record BreakDifference(
    String field, String ours, String theirs, String difference, boolean withinTolerance) {}
