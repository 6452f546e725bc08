package com.tickmark.model.recon.match;

import java.math.BigDecimal;

/**
 * A compared field whose values differ between the sides (after normalisation, for text).
 *
 * @param ours our value (summed or averaged over a group), or {@code null} if we carry none
 * @param theirs their value, likewise
 * @param difference theirs − ours for numbers, business days from ours to theirs for dates, {@code
 *     null} for text or where a side carries no value
 * @param withinTolerance whether the pass's tolerance allows it (a match with a difference)
 */
public record FieldDifference(
    String field, Object ours, Object theirs, BigDecimal difference, boolean withinTolerance) {}
