package com.tickmark.model.settlement;

import com.prowidesoftware.swift.io.RJEWriter;
import com.prowidesoftware.swift.model.BIC;
import com.prowidesoftware.swift.model.BicValidationResult;
import com.prowidesoftware.swift.model.SwiftCharsetUtils;
import com.prowidesoftware.swift.model.SwiftTagListBlock;
import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.Field;
import com.prowidesoftware.swift.model.field.Field16R;
import com.prowidesoftware.swift.model.field.Field16S;
import com.prowidesoftware.swift.model.field.Field19A;
import com.prowidesoftware.swift.model.field.Field20C;
import com.prowidesoftware.swift.model.field.Field22F;
import com.prowidesoftware.swift.model.field.Field23G;
import com.prowidesoftware.swift.model.field.Field35B;
import com.prowidesoftware.swift.model.field.Field36B;
import com.prowidesoftware.swift.model.field.Field90B;
import com.prowidesoftware.swift.model.field.Field95P;
import com.prowidesoftware.swift.model.field.Field97A;
import com.prowidesoftware.swift.model.field.Field98A;
import com.prowidesoftware.swift.model.mt.AbstractMT;
import com.prowidesoftware.swift.utils.SwiftFormatUtils;
import com.tickmark.model.refdata.Bic;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes settlement instructions as ISO 15022 MT540 to MT543 with Prowide Core, in the RJE format
 * (messages separated by {@code $}), and checks every message before it goes out: the library
 * parses it back, and the check below holds it to the standard's mandatory sequences and fields,
 * the SWIFT X character set, field lengths and valid BICs, and to the values instructed. (Prowide
 * Core has no full network validator; that is in the vendor's commercial product.)
 */
public final class Mt54xWriter {
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  /** The longest amount or quantity SWIFT's 15d format carries, the decimal comma included. */
  private static final int MAX_NUMBER = 15;

  /** The longest account number field 97A carries (35x). */
  private static final int MAX_ACCOUNT = 35;

  private Mt54xWriter() {}

  /** A message that failed its check: nothing is written. */
  public static final class InvalidInstructionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    InvalidInstructionException(String message) {
      super(message);
    }
  }

  /**
   * The instructions as one RJE file's text, each checked first.
   *
   * @throws InvalidInstructionException naming the first message that fails its check, and why
   */
  public static String write(Bic sender, List<SettlementInstruction> instructions) {
    Set<String> references = new HashSet<>();
    StringWriter text = new StringWriter();
    RJEWriter rje = new RJEWriter(text);
    try {
      for (SettlementInstruction i : instructions) {
        if (!references.add(i.reference())) {
          throw invalid(i, List.of("its reference " + i.reference() + " is used twice in the day"));
        }
        AbstractMT mt = message(sender, i);
        String fin = mt.message();
        List<String> problems = check(sender, i, fin);
        if (!problems.isEmpty()) {
          throw invalid(i, problems);
        }
        rje.write(fin);
      }
      rje.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static InvalidInstructionException invalid(
      SettlementInstruction i, List<String> problems) {
    return new InvalidInstructionException(
        "The "
            + i.messageType()
            + " for trade "
            + i.trade().display()
            + " ("
            + i.reference()
            + ") does not validate: "
            + String.join("; ", problems)
            + ". Nothing was written; correct the reference data (SSI, accounts, instrument) and"
            + " run it again.");
  }

  /** The MT54x of {@code instruction}, from us ({@code sender}) to our custodian. */
  public static AbstractMT message(Bic sender, SettlementInstruction i) {
    AbstractMT mt = AbstractMT.create(Integer.parseInt(i.messageType().substring(2)));
    mt.setSender(terminal(sender));
    mt.setReceiver(terminal(i.custodian()));
    List<Field> f = new ArrayList<>();
    f.add(new Field16R("GENL"));
    f.add(new Field20C(":SEME//" + i.reference()));
    f.add(new Field23G("NEWM"));
    f.add(new Field16S("GENL"));

    f.add(new Field16R("TRADDET"));
    f.add(new Field98A(":TRAD//" + YYYYMMDD.format(i.tradeDate())));
    f.add(new Field98A(":SETT//" + YYYYMMDD.format(i.settlementDate())));
    if (i.againstPayment()) {
      f.add(new Field90B(":DEAL//ACTU/" + i.currency().code() + number(i.price())));
    }
    f.add(
        new Field35B(
            "ISIN "
                + i.isin().value()
                + (i.description().isEmpty() ? "" : "\n" + i.description())));
    f.add(new Field16S("TRADDET"));

    f.add(new Field16R("FIAC"));
    f.add(new Field36B(":SETT//" + i.quantityType().name() + "/" + number(i.quantity())));
    f.add(new Field97A(":SAFE//" + i.safekeepingAccount()));
    f.add(new Field16S("FIAC"));

    f.add(new Field16R("SETDET"));
    f.add(new Field22F(":SETR//TRAD"));
    party(f, i.receives() ? "DEAG" : "REAG", i.counterpartyAgent(), i.counterpartyAccount());
    party(f, i.receives() ? "SELL" : "BUYR", i.counterparty(), null);
    party(f, "PSET", i.placeOfSettlement(), null);
    if (i.againstPayment()) {
      f.add(new Field16R("AMT"));
      f.add(new Field19A(":SETT//" + i.currency().code() + number(i.amount())));
      f.add(new Field16S("AMT"));
    }
    f.add(new Field16S("SETDET"));
    mt.append(f.toArray(Field[]::new));
    return mt;
  }

  private static void party(List<Field> f, String qualifier, Bic bic, String account) {
    f.add(new Field16R("SETPRTY"));
    f.add(new Field95P(":" + qualifier + "//" + bic.value()));
    if (account != null) {
      f.add(new Field97A(":SAFE//" + account));
    }
    f.add(new Field16S("SETPRTY"));
  }

  /** The 12-character logical terminal address of a BIC (branch XXX when it has none). */
  private static String terminal(Bic bic) {
    String v = bic.value();
    return v.length() == 8 ? v + "XXXX" : v.substring(0, 8) + "X" + v.substring(8);
  }

  /** A SWIFT decimal: a comma for the decimal point, no grouping, no needless zeros. */
  static String number(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    if (plain.scale() < 0) {
      plain = plain.setScale(0);
    }
    return SwiftFormatUtils.getBigDecimal(plain);
  }

  /**
   * What is wrong with the message {@code fin} as the instruction {@code i}, read back by the
   * library; empty when it is a valid MT54x that says what was instructed.
   */
  static List<String> check(Bic sender, SettlementInstruction i, String fin) {
    List<String> problems = new ArrayList<>();
    AbstractMT mt;
    try {
      mt = AbstractMT.parse(fin);
    } catch (IOException | RuntimeException e) {
      return List.of("the library cannot read it back (" + e.getMessage() + ")");
    }
    if (mt == null || !i.messageType().substring(2).equals(mt.getMessageType())) {
      return List.of("it reads back as another message type");
    }
    bic(problems, "sender", mt.getSender());
    bic(problems, "receiver (our custodian)", mt.getReceiver());
    if (mt.getSender() != null && !mt.getSender().startsWith(sender.value().substring(0, 8))) {
      problems.add("the sender is not the firm's BIC " + sender.value());
    }
    SwiftTagListBlock body = mt.getSwiftMessage().getBlock4();
    for (Tag t : body.getTags()) {
      String value = t.getValue().replace("\r\n", "\n");
      for (char c : value.toCharArray()) {
        if (c != '\n' && !SwiftCharsetUtils.is_x(c)) {
          problems.add(
              "field "
                  + t.getName()
                  + " holds a character SWIFT does not carry ('"
                  + c
                  + "' in '"
                  + value.replace('\n', ' ')
                  + "')");
          break;
        }
      }
    }
    SwiftTagListBlock genl = body.getSubBlock("GENL");
    SwiftTagListBlock trade = body.getSubBlock("TRADDET");
    SwiftTagListBlock fiac = body.getSubBlock("FIAC");
    SwiftTagListBlock setdet = body.getSubBlock("SETDET");
    if (genl == null || trade == null || fiac == null || setdet == null) {
      problems.add("a mandatory sequence (GENL, TRADDET, FIAC or SETDET) is missing");
      return problems;
    }
    Field20C seme = (Field20C) genl.getFieldByName("20C");
    if (seme == null || !"SEME".equals(seme.getQualifier())) {
      problems.add("field 20C::SEME (our reference) is missing");
    } else {
      String ref = seme.getReference();
      if (ref == null
          || ref.isEmpty()
          || ref.length() > SettlementInstructions.MAX_REFERENCE
          || ref.startsWith("/")
          || ref.endsWith("/")
          || ref.contains("//")) {
        problems.add(
            "our reference '"
                + ref
                + "' must be 1 to 16 characters, neither start nor end with '/' nor hold '//'");
      } else if (!ref.equals(i.reference())) {
        problems.add("our reference reads back as " + ref);
      }
    }
    if (genl.getFieldByName("23G") == null) {
      problems.add("field 23G (function of the message) is missing");
    }
    Field98A settle = (Field98A) trade.getFieldByName("98A", "SETT");
    Field98A traded = (Field98A) trade.getFieldByName("98A", "TRAD");
    if (settle == null || !settle.getDate().equals(YYYYMMDD.format(i.settlementDate()))) {
      problems.add("the settlement date (98A::SETT) is missing or wrong");
    }
    if (traded == null || !traded.getDate().equals(YYYYMMDD.format(i.tradeDate()))) {
      problems.add("the trade date (98A::TRAD) is missing or wrong");
    }
    Field35B isin = (Field35B) trade.getFieldByName("35B");
    if (isin == null || !i.isin().value().equals(isin.getISIN())) {
      problems.add("the ISIN (35B) is missing or wrong");
    } else {
      String[] lines = isin.getValue().split("\r?\n");
      if (lines.length > 1 + SettlementInstructions.MAX_DESCRIPTION_LINES) {
        problems.add("the description in 35B has more than four lines");
      }
      for (int n = 1; n < lines.length; n++) {
        if (lines[n].length() > SettlementInstructions.MAX_DESCRIPTION) {
          problems.add("a line of 35B is longer than 35 characters: '" + lines[n] + "'");
        }
      }
    }
    if (i.againstPayment()) {
      Field90B price = (Field90B) trade.getFieldByName("90B", "DEAL");
      if (price == null || price.getPrice().length() > MAX_NUMBER) {
        problems.add("the deal price (90B::DEAL) is missing or longer than 15 characters");
      }
    }
    Field36B quantity = (Field36B) fiac.getFieldByName("36B", "SETT");
    if (quantity == null
        || quantity.getQuantity().length() > MAX_NUMBER
        || quantity.getQuantityAsBigDecimal().compareTo(i.quantity()) != 0) {
      problems.add(
          "the quantity (36B::SETT) is missing, longer than 15 characters or not "
              + i.quantity().toPlainString());
    }
    Field97A safe = (Field97A) fiac.getFieldByName("97A", "SAFE");
    if (safe == null
        || safe.getAccountNumber().isEmpty()
        || safe.getAccountNumber().length() > MAX_ACCOUNT) {
      problems.add("our safekeeping account (97A::SAFE) is missing or longer than 35 characters");
    }
    if (setdet.getFieldByName("22F", "SETR") == null) {
      problems.add("the type of settlement transaction (22F::SETR) is missing");
    }
    List<SwiftTagListBlock> parties = body.getSubBlocks("SETPRTY");
    Set<String> qualifiers = new HashSet<>();
    for (SwiftTagListBlock p : parties) {
      Field95P party = (Field95P) p.getFieldByName("95P");
      if (party == null) {
        problems.add("a settlement party has no BIC (95P)");
        continue;
      }
      qualifiers.add(party.getQualifier());
      bic(problems, "party " + party.getQualifier(), party.getIdentifierCode());
      Field97A account = (Field97A) p.getFieldByName("97A");
      if (account != null && account.getAccountNumber().length() > MAX_ACCOUNT) {
        problems.add("the account of party " + party.getQualifier() + " is too long");
      }
    }
    String agent = i.receives() ? "DEAG" : "REAG";
    String other = i.receives() ? "SELL" : "BUYR";
    if (parties.size() < 2 || !qualifiers.containsAll(List.of(agent, other, "PSET"))) {
      problems.add("the settlement parties must name " + agent + ", " + other + " and PSET");
    }
    if (i.againstPayment()) {
      Field19A amount = null;
      for (SwiftTagListBlock a : body.getSubBlocks("AMT")) {
        Field19A f = (Field19A) a.getFieldByName("19A", "SETT");
        amount = f != null ? f : amount;
      }
      if (amount == null
          || amount.getAmount().length() > MAX_NUMBER
          || !i.currency().code().equals(amount.getCurrencyCode())
          || amount.getAmountAsBigDecimal().compareTo(i.amount()) != 0) {
        problems.add(
            "the settlement amount (19A::SETT) is missing, longer than 15 characters or not "
                + i.currency().code()
                + " "
                + i.amount().toPlainString());
      }
    }
    return problems;
  }

  private static void bic(List<String> problems, String what, String value) {
    if (value == null || new BIC(value).validate() != BicValidationResult.OK) {
      problems.add("the " + what + " BIC '" + value + "' is not valid");
    }
  }

  /** The file name of a day's instructions, e.g. MT54x_20251120.fin. */
  public static String fileName(LocalDate date) {
    return "MT54x_" + YYYYMMDD.format(date) + ".fin";
  }
}
