package com.tickmark.model.report.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.marketdata.report.PriceHistoryReport;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.refdata.report.CatalogFixture;
import com.tickmark.model.refdata.report.InstrumentMasterReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportParametersTest {
  private final ReportContext context = CatalogFixture.context();
  private final PriceHistoryReport prices = new PriceHistoryReport();
  private final InstrumentMasterReport master = new InstrumentMasterReport();

  @Test
  void fillsDefaultsFromTheContextAndLeavesComputedOnesToTheReport() {
    ParameterValues values = ParameterValues.parse(prices, Map.of("instrument", "aapl"), context);
    assertThat(values.lookup("instrument", Instrument.class)).contains(CatalogFixture.AAPL);
    assertThat(values.date("to")).contains(CatalogFixture.BUSINESS_DATE);
    assertThat(values.has("from")).isFalse();
    assertThat(values.asText())
        .containsExactly(Map.entry("instrument", "AAPL"), Map.entry("to", "2025-11-20"));
  }

  @Test
  void aBlankValueMeansTheDefault() {
    Map<String, String> form = new HashMap<>();
    form.put("instrument", "MSFT");
    form.put("from", "  ");
    form.put("to", "");
    ParameterValues values = ParameterValues.parse(prices, form, context);
    assertThat(values.date("to")).contains(CatalogFixture.BUSINESS_DATE);
    assertThat(values.has("from")).isFalse();
  }

  @Test
  void anUnknownParameterIsNamedWithTheKnownOnes() {
    assertThatThrownBy(
            () ->
                ParameterValues.parse(
                    prices, Map.of("instrument", "AAPL", "form", "2025-01-01"), context))
        .isInstanceOf(ReportParameterException.class)
        .hasMessage(
            "Report 'price-history' has no parameter 'form'; its parameters are instrument, from,"
                + " to.")
        .extracting(e -> ((ReportParameterException) e).parameter())
        .isEqualTo("form");
  }

  @Test
  void aMissingRequiredParameterSaysWhatToGive() {
    assertThatThrownBy(() -> prices.build(Map.of(), context))
        .isInstanceOf(ReportParameterException.class)
        .hasMessage(
            "Report 'price-history' needs the parameter 'instrument': the symbol of the instrument"
                + " (instrument symbol).");
  }

  @Test
  void aBadDateSaysHowToWriteOne() {
    assertThatThrownBy(
            () -> prices.build(Map.of("instrument", "AAPL", "to", "20/11/2025"), context))
        .isInstanceOf(ReportParameterException.class)
        .hasMessage(
            "Parameter 'to': '20/11/2025' is not a date; write it as YYYY-MM-DD, for example"
                + " 2025-11-20.");
  }

  @Test
  void aChoiceMatchesItsValueOrLabelIgnoringCaseAndSpacing() {
    ReportParameterSpec assetClass = master.parameter("asset-class");
    assertThat(assetClass.parse("FX_SPOT", context)).extracting("value").isEqualTo("fx-spot");
    assertThat(assetClass.parse("fx spot", context)).extracting("value").isEqualTo("fx-spot");
    assertThat(assetClass.parse("Exchange-traded fund", context))
        .extracting("value")
        .isEqualTo("etf");
    assertThatThrownBy(() -> assetClass.parse("bonds", context))
        .hasMessage(
            "Parameter 'asset-class': 'bonds' is not one of its values; choose all, equity, etf or"
                + " fx-spot.");
  }

  @Test
  void anUnknownSymbolSuggestsTheNearestOnes() {
    assertThatThrownBy(() -> prices.build(Map.of("instrument", "APPL"), context))
        .isInstanceOf(ReportParameterException.class)
        .hasMessage(
            "Parameter 'instrument': there is no instrument with the symbol 'APPL'. Did you mean"
                + " AAPL?");
    assertThatThrownBy(() -> prices.build(Map.of("instrument", "ZZZZZZ"), context))
        .hasMessageEndingWith(
            "the Reference data screen and the instrument-master report list the symbols.");
  }

  @Test
  void describesItsFormatAndDefaultForHelpTexts() {
    assertThat(prices.parameters())
        .extracting(ReportParameterSpec::format)
        .containsExactly("instrument symbol", "YYYY-MM-DD", "YYYY-MM-DD");
    assertThat(prices.parameter("from").defaultDescription())
        .contains("250 business days before 'to'");
    assertThat(prices.parameter("to").defaultDescription()).contains("the business date");
    assertThat(prices.parameter("to").defaultValue(context)).contains("2025-11-20");
    assertThat(prices.parameter("instrument").choices(context))
        .extracting(ReportParameterSpec.Choice::value)
        .containsExactly("AAPL", "EURUSD", "MSFT", "SAP", "SPY");
    assertThat(prices.parameter("instrument").choices(context).get(0).label())
        .isEqualTo("AAPL \u00b7 Apple Inc.");
  }

  @Test
  void suggestsOnlyCloseSymbols() {
    assertThat(ReportParameterSpec.closest("MSFTT", List.of("MSFT", "AAPL", "MS")))
        .containsExactly("MSFT");
    assertThat(ReportParameterSpec.orList(List.of("a", "b", "c"))).isEqualTo("a, b or c");
  }

  @Test
  void aParameterNameIsLowerCaseWithDashes() {
    assertThatThrownBy(() -> ReportParameterSpec.date("From", "From", "The start."))
        .hasMessageContaining("lower-case letters, digits and dashes");
  }
}
