package com.tickmark.model.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.prowidesoftware.swift.io.RJEReader;
import com.prowidesoftware.swift.model.SwiftTagListBlock;
import com.prowidesoftware.swift.model.field.Field19A;
import com.prowidesoftware.swift.model.field.Field20C;
import com.prowidesoftware.swift.model.field.Field35B;
import com.prowidesoftware.swift.model.field.Field36B;
import com.prowidesoftware.swift.model.field.Field90B;
import com.prowidesoftware.swift.model.field.Field95P;
import com.prowidesoftware.swift.model.field.Field97A;
import com.prowidesoftware.swift.model.field.Field98A;
import com.prowidesoftware.swift.model.mt.AbstractMT;
import com.prowidesoftware.swift.model.mt.mt5xx.MT540;
import com.prowidesoftware.swift.model.mt.mt5xx.MT541;
import com.prowidesoftware.swift.model.mt.mt5xx.MT542;
import com.prowidesoftware.swift.model.mt.mt5xx.MT543;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Isin;
import com.tickmark.model.trade.TradeId;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Mt54xWriterTest {
  static final Bic FIRM = Bic.parse("LKPCUS33");

  static SettlementInstruction instruction(long id, SettlementType type, String theirAccount) {
    return new SettlementInstruction(
        new TradeId(id),
        "E20251120-" + String.format("%06d", id),
        type,
        LocalDate.of(2025, 11, 20),
        LocalDate.of(2025, 11, 21),
        new BigDecimal("187.2500"),
        CurrencyCode.USD,
        Isin.parse("US0378331005"),
        "APPLE INC",
        SettlementInstruction.QuantityType.UNIT,
        new BigDecimal("1200"),
        Bic.parse("CUSTUS33XXX"),
        "SK-100 200",
        Bic.parse("GRSTUS33"),
        theirAccount,
        Bic.parse("GSXBUS33"),
        Bic.parse("DTCYUS33"),
        new BigDecimal("224706.35"));
  }

  static Map<String, AbstractMT> readBack(String rje) throws IOException {
    Map<String, AbstractMT> byReference = new LinkedHashMap<>();
    RJEReader reader = new RJEReader(rje);
    while (reader.hasNext()) {
      AbstractMT mt = AbstractMT.parse(reader.next());
      Field20C seme = (Field20C) mt.getSwiftMessage().getBlock4().getFieldByName("20C");
      byReference.put(seme.getReference(), mt);
    }
    return byReference;
  }

  @Test
  void eachSideAndTypeIsWrittenAsItsOwnMessageAndReadsBackToTheInstructedValues()
      throws IOException {
    List<SettlementInstruction> all = new ArrayList<>();
    all.add(instruction(1, SettlementType.RFP, "DTC 0359"));
    all.add(instruction(2, SettlementType.RVP, "DTC 0359"));
    all.add(instruction(3, SettlementType.DFP, "DTC 0359"));
    all.add(instruction(4, SettlementType.DVP, "DTC 0359"));

    Map<String, AbstractMT> back = readBack(Mt54xWriter.write(FIRM, all));

    assertThat(back).hasSize(4);
    assertThat(back.get("E20251120-000001")).isInstanceOf(MT540.class);
    assertThat(back.get("E20251120-000002")).isInstanceOf(MT541.class);
    assertThat(back.get("E20251120-000003")).isInstanceOf(MT542.class);
    assertThat(back.get("E20251120-000004")).isInstanceOf(MT543.class);
    for (AbstractMT mt : back.values()) {
      assertThat(mt.getSender()).isEqualTo("LKPCUS33XXXX");
      assertThat(mt.getReceiver()).isEqualTo("CUSTUS33XXXX");
      SwiftTagListBlock b4 = mt.getSwiftMessage().getBlock4();
      assertThat(b4.getTagValue("23G")).isEqualTo("NEWM");
      assertThat(((Field98A) b4.getFieldByName("98A", "TRAD")).getDate()).isEqualTo("20251120");
      assertThat(((Field98A) b4.getFieldByName("98A", "SETT")).getDate()).isEqualTo("20251121");
      Field35B isin = (Field35B) b4.getFieldByName("35B");
      assertThat(isin.getISIN()).isEqualTo("US0378331005");
      assertThat(isin.getDescription()).isEqualTo("APPLE INC");
      Field36B qty = (Field36B) b4.getFieldByName("36B", "SETT");
      assertThat(qty.getQuantityTypeCode()).isEqualTo("UNIT");
      assertThat(qty.getQuantityAsBigDecimal()).isEqualByComparingTo("1200");
      assertThat(qty.getQuantity()).isEqualTo("1200,");
      assertThat(((Field97A) b4.getFieldByName("97A", "SAFE")).getAccountNumber())
          .isEqualTo("SK-100 200");
      assertThat(b4.getTagValue("22F")).isEqualTo(":SETR//TRAD");
    }
    SwiftTagListBlock receive = back.get("E20251120-000002").getSwiftMessage().getBlock4();
    assertThat(parties(receive))
        .containsExactly("DEAG GRSTUS33 DTC 0359", "SELL GSXBUS33", "PSET DTCYUS33");
    SwiftTagListBlock deliver = back.get("E20251120-000004").getSwiftMessage().getBlock4();
    assertThat(parties(deliver))
        .containsExactly("REAG GRSTUS33 DTC 0359", "BUYR GSXBUS33", "PSET DTCYUS33");

    Field90B price = (Field90B) deliver.getFieldByName("90B", "DEAL");
    assertThat(price.getAmountTypeCode()).isEqualTo("ACTU");
    assertThat(price.getCurrencyCode()).isEqualTo("USD");
    assertThat(price.getPriceAsBigDecimal()).isEqualByComparingTo("187.25");
    Field19A amount = (Field19A) deliver.getFieldByName("19A", "SETT");
    assertThat(amount.getCurrencyCode()).isEqualTo("USD");
    assertThat(amount.getAmountAsBigDecimal()).isEqualByComparingTo("224706.35");

    // Free of payment: no price, no amount.
    SwiftTagListBlock free = back.get("E20251120-000003").getSwiftMessage().getBlock4();
    assertThat(free.getFieldByName("90B")).isNull();
    assertThat(free.getFieldByName("19A")).isNull();
  }

  private static List<String> parties(SwiftTagListBlock b4) {
    return b4.getSubBlocks("SETPRTY").stream()
        .map(
            p -> {
              Field95P party = (Field95P) p.getFieldByName("95P");
              Field97A account = (Field97A) p.getFieldByName("97A");
              return party.getQualifier()
                  + " "
                  + party.getIdentifierCode()
                  + (account == null ? "" : " " + account.getAccountNumber());
            })
        .toList();
  }

  @Test
  void aMessageThatDoesNotValidateStopsTheWholeFileWithASentence() {
    List<SettlementInstruction> all =
        List.of(
            instruction(1, SettlementType.RVP, "DTC 0359"),
            instruction(2, SettlementType.DVP, "DTC_0359&CO"));

    assertThatThrownBy(() -> Mt54xWriter.write(FIRM, all))
        .isInstanceOf(Mt54xWriter.InvalidInstructionException.class)
        .hasMessageStartingWith(
            "The MT543 for trade T00000002 (E20251120-000002) does not validate: field 97A holds"
                + " a character SWIFT does not carry ('_'")
        .hasMessageContaining("Nothing was written");
  }

  @Test
  void aReferenceUsedTwiceInADayIsRefused() {
    SettlementInstruction one = instruction(1, SettlementType.RVP, "DTC 0359");
    assertThatThrownBy(() -> Mt54xWriter.write(FIRM, List.of(one, one)))
        .hasMessageContaining("its reference E20251120-000001 is used twice in the day");
  }

  @Test
  void numbersUseTheDecimalCommaWithoutNeedlessZeros() {
    assertThat(Mt54xWriter.number(new BigDecimal("100.000"))).isEqualTo("100,");
    assertThat(Mt54xWriter.number(new BigDecimal("1E+3"))).isEqualTo("1000,");
    assertThat(Mt54xWriter.number(new BigDecimal("187.2500"))).isEqualTo("187,25");
  }

  @Test
  void descriptionsKeepToTheSwiftCharacterSetInUpToFourLinesOf35() {
    assertThat(SettlementInstructions.description("Marks & Spencer Group plc"))
        .isEqualTo("Marks + Spencer Group plc");
    assertThat(SettlementInstructions.description("Société Générale SA_X"))
        .isEqualTo("Soci t G n rale SA X");
    assertThat(SettlementInstructions.description("Amstelpoort Verzekeringen Holding NV"))
        .isEqualTo("Amstelpoort Verzekeringen Holding\nNV");
    String longName = "Word ".repeat(40).trim();
    assertThat(SettlementInstructions.description(longName).split("\n"))
        .hasSize(4)
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(35));
  }

  @Test
  void aLongNameReadsBackWhole() throws IOException {
    SettlementInstruction i = instruction(7, SettlementType.RVP, "DTC 0359");
    String name = SettlementInstructions.description("Amstelpoort Verzekeringen Holding NV");
    SettlementInstruction named =
        new SettlementInstruction(
            i.trade(),
            i.reference(),
            i.type(),
            i.tradeDate(),
            i.settlementDate(),
            i.price(),
            i.currency(),
            i.isin(),
            name,
            i.quantityType(),
            i.quantity(),
            i.custodian(),
            i.safekeepingAccount(),
            i.counterpartyAgent(),
            i.counterpartyAccount(),
            i.counterparty(),
            i.placeOfSettlement(),
            i.amount());
    AbstractMT mt = readBack(Mt54xWriter.write(FIRM, List.of(named))).get(i.reference());
    Field35B isin = (Field35B) mt.getSwiftMessage().getBlock4().getFieldByName("35B");
    assertThat(isin.getDescriptionLine1()).isEqualTo("Amstelpoort Verzekeringen Holding");
    assertThat(isin.getDescriptionLine2()).isEqualTo("NV");
  }
}
