package com.tickmark.model.recon.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordIdsTest {
  @Test
  void idsComeInAscendingOrderAndOneIdEqualsItselfHoweverMade() {
    assertThat(RecordIds.of(9, 3, 5).stream().toArray()).containsExactly(3, 5, 9);
    assertThat(RecordIds.of(7))
        .isEqualTo(RecordIds.single(7))
        .hasSameHashCodeAs(RecordIds.single(7));
    assertThat(RecordIds.ofSorted(new long[] {7})).isEqualTo(RecordIds.of(7));
    assertThat(RecordIds.of(7)).isNotEqualTo(RecordIds.of(7, 8));
    assertThat(RecordIds.of(3, 5).toString()).isEqualTo("[3, 5]");
    assertThat(RecordIds.none().isEmpty()).isTrue();
  }

  @Test
  void refusesAnIdNamedTwice() {
    assertThatThrownBy(() -> RecordIds.of(4, 4)).hasMessage("Record 4 is named twice");
  }
}
