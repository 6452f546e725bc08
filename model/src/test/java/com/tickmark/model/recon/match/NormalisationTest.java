package com.tickmark.model.recon.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalisationTest {
  @Test
  void standardTrimsCollapsesBlanksFoldsCaseAndDropsPunctuation() {
    assertThat(Normalisation.STANDARD.clean("  Goldman  Sachs\tInt'l. "))
        .isEqualTo("GOLDMAN SACHS INTL");
    assertThat(Normalisation.STANDARD.clean("EX-1")).isEqualTo("EX1");
  }

  @Test
  void textAlreadyCleanComesBackAsItIs() {
    String clean = "GOLDMAN SACHS INTL";
    assertThat(Normalisation.STANDARD.clean(clean)).isSameAs(clean);
    assertThat(Normalisation.STANDARD.clean("GOLDMAN  SACHS")).isEqualTo("GOLDMAN SACHS");
    assertThat(Normalisation.STANDARD.clean("Goldman")).isEqualTo("GOLDMAN");
  }

  @Test
  void withoutTrimBlanksAreKept() {
    Normalisation caseOnly = new Normalisation(false, true, false, java.util.Map.of());
    assertThat(caseOnly.clean(" ex-1 ")).isEqualTo(" EX-1 ");
  }
}
