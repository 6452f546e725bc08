package com.tickmark.app.cli;

import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyRole;
import com.tickmark.model.refdata.Instrument;
import com.tickmark.model.trade.imports.ImportProfile;
import com.tickmark.persistence.Repositories;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a valid trade file in the built-in {@code tickmark} layout for a workspace's firm: its
 * books, brokers and priced instruments, prices within 0.5 % of the reference close, unique exec
 * ids. For the import benchmark and tests.
 */
public final class SampleTradeFile {
  private SampleTradeFile() {}

  /** The trade dates used: the business date and the weekdays before it. */
  static List<LocalDate> tradeDates(LocalDate businessDate, int count) {
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = businessDate; dates.size() < count; d = d.minusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        dates.add(d);
      }
    }
    return dates;
  }

  /**
   * Writes {@code rows} trades to {@code file}, traded on the business date and the two weekdays
   * before; exec ids are {@code PREFIX-1} onwards.
   */
  public static void write(
      Repositories r, LocalDate businessDate, Path file, int rows, String prefix)
      throws IOException {
    write(r, tradeDates(businessDate, 3), file, rows, prefix);
  }

  /** Writes {@code rows} trades traded on {@code dates} to {@code file}. */
  static void write(Repositories r, List<LocalDate> dates, Path file, int rows, String prefix)
      throws IOException {
    List<Book> books = r.referenceData().books();
    List<Counterparty> brokers =
        r.referenceData().counterparties().stream()
            .filter(c -> c.role() == CounterpartyRole.BROKER)
            .toList();
    List<Account> custody =
        r.referenceData().accounts().stream().filter(a -> a.type() == AccountType.CUSTODY).toList();
    record Priced(Instrument instrument, BigDecimal[] closes) {}
    List<Priced> priced = new ArrayList<>();
    for (Instrument i : r.referenceData().instruments()) {
      BigDecimal[] closes = new BigDecimal[dates.size()];
      boolean all = true;
      for (int d = 0; d < dates.size(); d++) {
        Optional<BigDecimal> close =
            r.marketData().latestPrice(i.id(), dates.get(d)).map(p -> p.close());
        all &= close.isPresent();
        closes[d] = close.orElse(null);
      }
      if (all) {
        priced.add(new Priced(i, closes));
      }
    }
    if (priced.isEmpty() || books.isEmpty() || brokers.isEmpty()) {
      throw new IllegalStateException(
          "The workspace has no priced instruments, books or brokers to make trades with");
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(ImportProfile.tickmarkHeader());
      w.write('\n');
      StringBuilder b = new StringBuilder(256);
      for (int n = 1; n <= rows; n++) {
        Priced p = priced.get(n % priced.size());
        int d = (n / priced.size()) % dates.size();
        BigDecimal price =
            p.closes()[d]
                .multiply(BigDecimal.valueOf(1000 + (n % 11) - 5))
                .movePointLeft(3)
                .setScale(4, RoundingMode.HALF_EVEN);
        Instant executed =
            dates.get(d).atTime(13, 30).toInstant(ZoneOffset.UTC).plusMillis(n % 25_000_000L);
        b.setLength(0);
        b.append(prefix)
            .append('-')
            .append(n)
            .append(',')
            .append("ORD-")
            .append(n / 4)
            .append(',')
            .append(',')
            .append(books.get(n % books.size()).code())
            .append(',')
            .append(p.instrument().symbol())
            .append(',')
            .append(p.instrument().isin() == null ? "" : p.instrument().isin().value())
            .append(',')
            .append(n % 2 == 0 ? "B" : "S")
            .append(',')
            .append(100 + n % 900)
            .append(',')
            .append(price.toPlainString())
            .append(',')
            .append("1.50,0.20,")
            .append(p.instrument().currency().code())
            .append(',')
            .append(dates.get(d))
            .append(',')
            .append(executed)
            .append(',')
            .append(brokers.get(n % brokers.size()).code())
            .append(',')
            .append(custody.isEmpty() ? "" : custody.get(n % custody.size()).code())
            .append('\n');
        w.append(b);
      }
    }
  }
}
