package com.tickmark.model.trade.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.trade.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportProfileTest {
  @Test
  void theBuiltInProfileSurvivesARoundTripThroughProperties() {
    ImportProfile p = ImportProfile.tickmark();
    assertThat(ImportProfile.parse(ImportProfile.BUILT_IN, p.toProperties())).isEqualTo(p);
  }

  @Test
  void aProfileWithoutHeaderNamesColumnsByPosition() {
    ImportProfile p =
        ImportProfile.parse(
            "pos",
            String.join(
                "\n",
                "delimiter=tab",
                "header=false",
                "side.BUY=1",
                "side.SELL=2",
                "column.exec_id=1",
                "column.book=2",
                "column.symbol=3",
                "column.side=4",
                "column.quantity=5",
                "column.price=6",
                "column.trade_date=7",
                "column.execution_time=8",
                "column.counterparty=9"));
    assertThat(p.delimiter()).isEqualTo('\t');
    assertThat(p.sideCodes()).containsEntry("1", Side.BUY).containsEntry("2", Side.SELL);
    assertThatThrownBy(
            () ->
                ImportProfile.parse(
                    "pos", p.toProperties().replace("column.book=2", "column.book=Book")))
        .hasMessageContaining(
            "column.book must be a 1-based position without a header row, not 'Book'");
  }

  @Test
  void aProfileIsRefusedWithEveryMissingMappingNamed() {
    assertThatThrownBy(
            () ->
                ImportProfile.parse(
                    "bad",
                    "delimiter=;\ndecimal.separator=;\ncolumn.exec_id=Id\ncolumn.colour=x\n"))
        .hasMessageContaining("unknown keys [column.colour]");
    assertThatThrownBy(
            () ->
                ImportProfile.parse("bad", "delimiter=;\ndecimal.separator=;\ncolumn.exec_id=Id\n"))
        .hasMessageContaining(
            "column.book is required",
            "map the instrument: column.symbol or column.isin",
            "the delimiter and the decimal separator must differ");
  }

  @Test
  void aBrokersOwnProfileNeedsNoCounterpartyColumnAndKeepsItsBrokerThroughProperties() {
    String layout =
        String.join(
            "\n",
            "column.exec_id=Id",
            "column.book=Book",
            "column.symbol=Sym",
            "column.side=Side",
            "column.quantity=Qty",
            "column.price=Px",
            "column.trade_date=Date",
            "column.execution_time=Time");
    assertThatThrownBy(() -> ImportProfile.parse("gs", layout))
        .hasMessageContaining("column.counterparty is required");
    ImportProfile p = ImportProfile.parse("gs", layout + "\nbroker= gsco ");
    assertThat(p.broker()).isEqualTo("GSCO");
    assertThat(p.columns()).doesNotContainKey(ImportField.COUNTERPARTY);
    assertThat(ImportProfile.parse("gs", p.toProperties())).isEqualTo(p);
    assertThat(ImportProfile.tickmark().broker()).isEmpty();
    assertThatThrownBy(() -> ImportProfile.parse("gs", layout + "\nbroker=Goldman Sachs"))
        .hasMessageContaining("broker must be a counterparty code");
  }

  @Test
  void quotedFieldsMayHoldTheDelimiterAndQuotes() {
    List<String> cells = ImportProfile.cells("a,\"b,c\",\"say \"\"hi\"\"\",,", ',');
    assertThat(cells).containsExactly("a", "b,c", "say \"hi\"", "", "");
  }
}
