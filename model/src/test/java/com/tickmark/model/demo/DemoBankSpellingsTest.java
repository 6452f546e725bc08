package com.tickmark.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.model.recon.match.Normalisation;
import com.tickmark.model.refdata.Counterparty;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The demo banks spell every counterparty unlike its reference data, even ignoring case. */
class DemoBankSpellingsTest {
  @Test
  void aBanksSpellingIsNeverTheReferenceDataNameOnceNormalised() {
    DemoReferenceData rd =
        new DemoFirmGenerator(DemoTestCalendars.all())
            .generate(new DemoConfig(3, LocalDate.of(2025, 11, 20), 30, 1, 10, FaultRates.NONE))
            .referenceData();
    for (Counterparty c : rd.counterparties()) {
      String spelt = DemoBankSpellings.of(c);
      assertThat(Normalisation.STANDARD.clean(spelt))
          .as(c.name())
          .isNotEqualTo(Normalisation.STANDARD.clean(c.name()))
          .isEqualTo(spelt);
    }
    assertThat(DemoBankSpellings.of(counterparty(rd, "GSX"))).isEqualTo("GRANITE STREET SECS LLC");
    assertThat(DemoBankSpellings.of(counterparty(rd, "ALD"))).isEqualTo("ALDERMOOR BANK");
  }

  private static Counterparty counterparty(DemoReferenceData rd, String code) {
    return rd.counterparties().stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .orElseThrow();
  }
}
