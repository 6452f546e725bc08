package com.tickmark.model.demo;

import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AssetClass;
import com.tickmark.model.refdata.Bic;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.CurrencyCode;
import com.tickmark.model.refdata.Ssi;
import com.tickmark.model.refdata.SsiId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo firm's standing settlement instructions: one per broker and each market and currency the
 * firm trades, whichever broker trades there today, so that every demo trade finds one.
 *
 * <ul>
 *   <li>Equities and ETFs (one EQUITY SSI serves both) in the US (USD, DTC, {@code CUST-US}), the
 *       UK (GBP, CREST), Germany, France and the Netherlands (EUR; Clearstream Banking Frankfurt,
 *       Euroclear France, Euroclear Nederland), all but the US in {@code CUST-UKEU}; cash in the
 *       firm's single cash account of the currency. Codes {@code <broker>-EQ-<country>}.
 *   <li>FX spot per currency of the three pairs (USD, EUR, GBP), for any market. Codes {@code
 *       <broker>-FX-<currency>}.
 * </ul>
 *
 * A broker settles through its own BIC in its home market (and, for a euro-area broker, in EUR) and
 * elsewhere through a local agent, a fictional bank in that country (the BIC's country letters are
 * the market's). Their accounts are made up in each CSD's usual form, from the broker's id and the
 * market, so that they are the same every run without drawing on the generator's random numbers.
 * SsiId 1, 2, … in the order brokers × markets, then brokers × currencies.
 */
final class DemoSsis {
  private DemoSsis() {}

  /**
   * One equities market: its country, currency, CSD, the firm's custody account there and the local
   * agent of brokers from elsewhere.
   */
  private record Market(
      String country, CurrencyCode currency, String csd, String custody, String localAgent) {}

  private static final List<Market> MARKETS =
      List.of(
          new Market("US", CurrencyCode.USD, "DTCYUS33", DemoUniverse.CUSTODY_US, "HBCLUS33"),
          new Market("GB", CurrencyCode.GBP, "CRSTGB22", DemoUniverse.CUSTODY_EU, "TWCLGB2L"),
          new Market("DE", CurrencyCode.EUR, "DAKVDEFF", DemoUniverse.CUSTODY_EU, "MKCLDEFF"),
          new Market("FR", CurrencyCode.EUR, "SICVFRPP", DemoUniverse.CUSTODY_EU, "SQCLFRPP"),
          new Market("NL", CurrencyCode.EUR, "NECINL2A", DemoUniverse.CUSTODY_EU, "AMCLNL2A"));

  /** The FX currencies and the country whose agent settles each for a broker from elsewhere. */
  private static final Map<CurrencyCode, String> FX_AGENT_COUNTRY =
      Map.of(CurrencyCode.USD, "US", CurrencyCode.EUR, "DE", CurrencyCode.GBP, "GB");

  private static final List<CurrencyCode> FX_CURRENCIES =
      List.of(CurrencyCode.USD, CurrencyCode.EUR, CurrencyCode.GBP);

  /**
   * The SSIs of every broker among {@code counterparties}, naming the accounts in {@code
   * accountsByCode}.
   */
  static List<Ssi> build(List<Counterparty> counterparties, Map<String, Account> accountsByCode) {
    List<Counterparty> brokers =
        counterparties.stream().filter(c -> c.role() == CounterpartyRole.BROKER).toList();
    List<Ssi> ssis = new ArrayList<>();
    for (Counterparty broker : brokers) {
      for (Market m : MARKETS) {
        ssis.add(
            new Ssi(
                new SsiId(ssis.size() + 1L),
                broker.code() + "-EQ-" + m.country(),
                broker.id(),
                AssetClass.EQUITY,
                m.currency(),
                m.country(),
                new Bic(m.csd()),
                accountsByCode.get(m.custody()).id(),
                cashAccount(accountsByCode, m.currency()).id(),
                agent(broker, m.country()),
                safekeeping(broker, m),
                false));
      }
    }
    for (Counterparty broker : brokers) {
      for (CurrencyCode currency : FX_CURRENCIES) {
        ssis.add(
            new Ssi(
                new SsiId(ssis.size() + 1L),
                broker.code() + "-FX-" + currency,
                broker.id(),
                AssetClass.FX_SPOT,
                currency,
                "",
                null,
                null,
                cashAccount(accountsByCode, currency).id(),
                fxAgent(broker, currency),
                cash(broker, currency),
                false));
      }
    }
    return List.copyOf(ssis);
  }

  private static Account cashAccount(Map<String, Account> accountsByCode, CurrencyCode currency) {
    return accountsByCode.get("CASH-" + currency.code());
  }

  /** The broker itself in its home market, else the market's local agent. */
  private static Bic agent(Counterparty broker, String country) {
    if (broker.country().equals(country)) {
      return broker.bic();
    }
    return MARKETS.stream()
        .filter(m -> m.country().equals(country))
        .map(m -> new Bic(m.localAgent()))
        .findFirst()
        .orElseThrow();
  }

  /** A euro-area broker pays and receives EUR itself; the others through an agent. */
  private static Bic fxAgent(Counterparty broker, CurrencyCode currency) {
    if (currency.equals(CurrencyCode.EUR) && Ssi.EU_COUNTRIES.contains(broker.country())) {
      return broker.bic();
    }
    return agent(broker, FX_AGENT_COUNTRY.get(currency));
  }

  /** The broker's account at its agent in the CSD's usual form. */
  private static String safekeeping(Counterparty broker, Market m) {
    int n = (int) (broker.id().value() * 37 + MARKETS.indexOf(m) * 11);
    return switch (m.country()) {
      case "US" -> String.format(Locale.ROOT, "DTC %04d", 100 + n * 7);
      case "GB" -> String.format(Locale.ROOT, "CREST %s%02d", broker.code(), n % 100);
      case "DE" -> String.format(Locale.ROOT, "CBF %04d", 7000 + n);
      default ->
          String.format(Locale.ROOT, "%s %05d", m.country().equals("FR") ? "EF" : "ENL", 600 + n);
    };
  }

  /**
   * The broker's cash account at its agent: a US account number, else an IBAN of the agent's
   * country in that country's form.
   */
  private static String cash(Counterparty broker, CurrencyCode currency) {
    Bic agent = fxAgent(broker, currency);
    long n = 10_000_019L * broker.id().value() + currency.code().charAt(0) * 101L;
    String account = String.format(Locale.ROOT, "%010d", n % 10_000_000_000L);
    return switch (agent.countryCode()) {
      case "US" -> account;
      case "GB" ->
          DemoUniverse.iban(
              "GB",
              agent.value().substring(0, 4)
                  + "40"
                  + account.substring(0, 4)
                  + account.substring(2));
      case "DE" -> DemoUniverse.iban("DE", "50070010" + account);
      case "FR" -> {
        String bban = "16807" + "00010" + "0" + account;
        yield DemoUniverse.iban("FR", bban + ribKey(bban));
      }
      default ->
          throw new IllegalStateException("No account form for an agent in " + agent.countryCode());
    };
  }

  /** The two-digit key of a French account (RIB): bank, branch and account, mod 97. */
  private static String ribKey(String bankBranchAccount) {
    long bank = Long.parseLong(bankBranchAccount.substring(0, 5));
    long branch = Long.parseLong(bankBranchAccount.substring(5, 10));
    long account = Long.parseLong(bankBranchAccount.substring(10, 21));
    long key = 97 - ((89 * bank + 15 * branch + 3 * account) % 97);
    return String.format(Locale.ROOT, "%02d", key);
  }
}
