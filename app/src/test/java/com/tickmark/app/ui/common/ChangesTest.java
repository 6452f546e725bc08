package com.tickmark.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.tickmark.app.ui.common.Changes.FieldChange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangesTest {
  @Test
  void comparesTheFieldsOfTwoObjectsChangedFirstAndMarksWhatDiffers() {
    List<FieldChange> changes =
        Changes.compare(
            "{\"username\":\"alice\",\"roles\":[\"CLERK\"],\"enabled\":true}",
            "{\"username\":\"alice\",\"roles\":[\"ACCOUNTANT\",\"CLERK\"],\"enabled\":true}");
    assertThat(changes)
        .containsExactly(
            new FieldChange("Roles", "CLERK", "ACCOUNTANT, CLERK"),
            new FieldChange("Username", "alice", "alice"),
            new FieldChange("Enabled", "yes", "yes"));
    assertThat(changes)
        .filteredOn(FieldChange::changed)
        .extracting(FieldChange::field)
        .containsExactly("Roles");
  }

  @Test
  void aFieldOnOneSideOnlyIsAddedOrRemovedAndNullIsEmpty() {
    List<FieldChange> changes =
        Changes.compare(
            "{\"status\":\"PENDING\",\"old\":1,\"account\":null}",
            "{\"status\":\"APPROVED\",\"new\":null,\"account\":null}");
    assertThat(changes)
        .extracting(FieldChange::field)
        .containsExactly("Status", "Old", "New", "Account");
    assertThat(changes.get(1).removed()).isTrue();
    assertThat(changes.get(2).added()).isTrue();
    assertThat(changes.get(2).after()).isEmpty();
    assertThat(changes.get(3)).isEqualTo(new FieldChange("Account", "", ""));
  }

  @Test
  void namesFieldsInWords() {
    assertThat(Changes.words("settlementDate")).isEqualTo("Settlement date");
    assertThat(Changes.words("settlement_date")).isEqualTo("Settlement date");
    assertThat(Changes.words("place-of-settlement")).isEqualTo("Place of settlement");
    assertThat(Changes.words("agent-bic")).isEqualTo("Agent BIC");
    assertThat(Changes.words("execId")).isEqualTo("Exec ID");
    assertThat(Changes.words("counterpartyLEI")).isEqualTo("Counterparty LEI");
    assertThat(Changes.words("parameters.From")).isEqualTo("Parameters \u203a From");
    assertThat(Changes.words("parameters.Entity id")).isEqualTo("Parameters \u203a Entity id");
    assertThat(Changes.words(Changes.VALUE)).isEqualTo(Changes.VALUE);
  }

  @Test
  void nestedObjectsAreNamedWithDotsAndEscapesAreRead() {
    Map<String, String> fields =
        Changes.fields(
            "{\"format\":\"xlsx\",\"rows\":12,\"destination\":\"C:\\\\out\\\\a"
                + " \\\"b\\\".xlsx\",\"parameters\":{\"From\":\"2025-11-01\",\"Books\":\"\\u00c9Q\"}}");
    assertThat(fields)
        .containsExactly(
            Map.entry("format", "xlsx"),
            Map.entry("rows", "12"),
            Map.entry("destination", "C:\\out\\a \"b\".xlsx"),
            Map.entry("parameters.From", "2025-11-01"),
            Map.entry("parameters.Books", "\u00c9Q"));
  }

  @Test
  void textThatIsNotAJsonObjectIsOneField() {
    assertThat(Changes.fields("")).isEmpty();
    assertThat(Changes.fields("closed the period"))
        .containsExactly(Map.entry(Changes.VALUE, "closed the period"));
    assertThat(Changes.fields("{\"unterminated\":\"x}"))
        .containsExactly(Map.entry(Changes.VALUE, "{\"unterminated\":\"x}"));
    assertThat(Changes.fields("[1, 2]")).containsExactly(Map.entry(Changes.VALUE, "1, 2"));
    assertThat(Changes.compare("", "{\"a\":\"1\"}"))
        .containsExactly(new FieldChange("A", null, "1"));
  }

  @Test
  void valuesWrittenBeforeJsonWentThroughJacksonStillShowFieldByField() {
    // the hand-written JSON of earlier versions left tabs and other control characters raw
    assertThat(Changes.fields("{\"displayName\":\"Carla\tM\",\"price\":101.50}"))
        .containsExactly(Map.entry("displayName", "Carla\tM"), Map.entry("price", "101.50"));
  }

  @Test
  void yesAndNoInsteadOfTrueAndFalse() {
    assertThat(Changes.fields("{\"retired\":false,\"active\":true}"))
        .containsEntry("retired", "no")
        .containsEntry("active", "yes");
  }
}
