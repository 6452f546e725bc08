package com.tickmark.model.settlement.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailReasonsTest {
  @Test
  void theCommonReasonCodesReadInWordsAndAnUnknownOneStaysAsItCame() {
    assertThat(FailReasons.meaning("LACK")).isEqualTo("lack of securities");
    assertThat(FailReasons.meaning("MONY")).isEqualTo("lack of cash");
    assertThat(FailReasons.meaning("CMIS")).isEqualTo("counterparty instruction missing");
    assertThat(FailReasons.describe("LACK")).isEqualTo("LACK (lack of securities)");
    assertThat(FailReasons.meaning("ZZZZ")).isEmpty();
    assertThat(FailReasons.describe("ZZZZ")).isEqualTo("ZZZZ");
    assertThat(FailReasons.describe("")).isEmpty();
    assertThat(FailReasons.meaning(null)).isEmpty();
  }
}
