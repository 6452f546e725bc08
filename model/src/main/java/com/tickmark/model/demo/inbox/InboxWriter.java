package com.tickmark.model.demo.inbox;

import com.tickmark.model.demo.DemoFirm;
import com.tickmark.model.demo.DemoReferenceData;
import com.tickmark.model.demo.ExpectedMatch;
import com.tickmark.model.demo.FaultRates;
import com.tickmark.model.demo.InboxFaultKind;
import com.tickmark.model.demo.InjectedFault;
import com.tickmark.model.demo.SettlementOutcome;
import com.tickmark.model.refdata.Account;
import com.tickmark.model.refdata.AccountId;
import com.tickmark.model.refdata.AccountType;
import com.tickmark.model.refdata.Counterparty;
import com.tickmark.model.refdata.CounterpartyId;
import com.tickmark.model.refdata.CounterpartyRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the external files a back office receives about the demo firm's trades (broker
 * confirmations, custody positions, bank statements, settlement status) into an inbox folder, with
 * disagreements injected at the firm's {@link FaultRates}, and returns every one it injected.
 *
 * <p>The same firm always gives byte-identical files and the same faults: every random choice comes
 * from the firm's seed (one stream per kind of file), everything is iterated in a sorted order, and
 * no date or time is read from the clock. Existing files of the same names are replaced; other
 * files in the folder are left alone.
 *
 * <h2>Files (UTF-8; CSV with a header row, RFC 4180 quoting and CRLF line ends)</h2>
 *
 * <ul>
 *   <li>{@code confirmations/{BROKER}_{yyyyMMdd}.csv}, per broker and trading day: {@link
 *       ConfirmationFiles#HEADER}. One line per execution; an aggregating broker (see {@link
 *       #aggregatingBrokers}) sends one line per parent order instead: total quantity,
 *       quantity-weighted average price to 6 decimals, summed gross, commission and fees, the
 *       number of fills, an empty client_exec_id. Net amount is what the firm pays (buy) or
 *       receives (sell).
 *   <li>{@code custody/{CUSTODIAN}_positions_{yyyyMMdd}.csv}, per custodian and trading day: {@link
 *       CustodyPositionFiles#HEADER}; settled holdings at that day's close.
 *   <li>{@code bank/{BANK}_{ACCOUNT}_{yyyyMMdd}.sta} (MT940) or {@code .xml} (camt.053.001.08; see
 *       {@link #statementFormats}), per cash account and trading day: one entry per settled trade
 *       leg on its actual settlement date (MT940 customer reference and camt InstrId = trade id,
 *       EREF / EndToEndId = exec id, the counterparty named in {@code /NAME/} or {@code
 *       RltdPties}), statements chained closing to opening. At the firm's {@link
 *       com.tickmark.model.demo.MessRates}, agreeing entries are messy as real ones are: a whole
 *       group of settlements with one counterparty and value date netted into one entry quoting no
 *       ids, an entry with only the bank's reference and text naming the counterparty (valued a day
 *       late), the counterparty spelt as the bank does ({@link
 *       com.tickmark.model.demo.DemoBankSpellings}), a value date a business day late, a few cents
 *       of charges; each is returned as an expected match with the cash recon's pass meant for it.
 *   <li>{@code settlement/{CUSTODIAN}_status_{yyyyMMdd}.csv}, per custodian and trading day: {@link
 *       SettlementStatusFiles#HEADER}; PENDING, FAILED or SETTLED per open instruction.
 * </ul>
 *
 * <h2>Faults ({@link InboxFaultKind})</h2>
 *
 * A fault's line is the 1-based line of the file (the CSV header is line 1; the {@code :61:} line
 * of an MT940 entry; the {@code <Ntry>} line of a camt.053 entry), or 0 when the fault is an
 * absence. Its reference is the exec id (the order id for an aggregated confirmation; {@code
 * accountNumber/ISIN} for a position; the bank's reference for a bank's own entry). Confirmation
 * faults are drawn once per line with one roll against the cumulated rates, so each kind occurs at
 * its own rate while the rates add up to at most 1; positions fault at {@code positionMismatch} per
 * line (60 % a different quantity, 20 % missing, 20 % an extra unknown ISIN); bank entries are
 * missing or mis-stated at their rates per entry, and a statement gets the bank's own charges or
 * interest at {@code unexpectedBankEntry}. Late and failed settlements are not drawn here: they are
 * the firm's {@link SettlementOutcome}s, reported as they are.
 */
public final class InboxWriter {
  public static final String CONFIRMATIONS = ConfirmationFiles.FOLDER;
  public static final String CUSTODY = CustodyPositionFiles.FOLDER;
  public static final String BANK = BankStatementFiles.FOLDER;
  public static final String SETTLEMENT = SettlementStatusFiles.FOLDER;

  private static final Comparator<InjectedFault> FAULT_ORDER =
      Comparator.comparing(InjectedFault::file)
          .thenComparingInt(InjectedFault::line)
          .thenComparing(InjectedFault::kind)
          .thenComparing(InjectedFault::reference);

  private static final Comparator<ExpectedMatch> MATCH_ORDER =
      Comparator.comparing(ExpectedMatch::file)
          .thenComparingInt(ExpectedMatch::line)
          .thenComparing(ExpectedMatch::kind);

  /** One kind of inbox file: writes all its files and returns what it put into them on purpose. */
  @FunctionalInterface
  private interface FileKind {
    WrittenInbox write() throws IOException;
  }

  private static WrittenInbox faultsOnly(List<InjectedFault> faults) {
    return new WrittenInbox(faults, List.of());
  }

  /**
   * Writes every inbox file of the firm under {@code inboxDir} and returns the faults injected and
   * the messy bank entries that still agree (expected matches), by file and line.
   *
   * <p>The four kinds of file are written side by side on up to four threads of their own (shut
   * down before this returns). That cannot change a byte: each kind draws from its own random
   * stream, writes its own files and reads the firm, which nobody changes, and the faults are
   * sorted at the end.
   *
   * @throws UncheckedIOException when a file cannot be written
   * @throws IllegalArgumentException when the firm breaks the contract (e.g. a trade currency
   *     without a cash account), saying how
   */
  public WrittenInbox write(DemoFirm firm, Path inboxDir) {
    Objects.requireNonNull(firm, "firm");
    Objects.requireNonNull(inboxDir, "inbox folder");
    InboxData data = InboxData.of(firm);
    Set<String> aggregating = aggregatingBrokers(firm.referenceData());
    Map<AccountId, StatementFormat> formats = statementFormats(firm.referenceData());
    List<FileKind> kinds =
        List.of(
            () -> BankStatementFiles.write(data, formats, inboxDir),
            () -> faultsOnly(ConfirmationFiles.write(data, aggregating, inboxDir)),
            () -> faultsOnly(SettlementStatusFiles.write(data, inboxDir)),
            () -> faultsOnly(CustodyPositionFiles.write(data, inboxDir)));
    int threads = Math.max(1, Math.min(kinds.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread t = new Thread(task, "inbox-writer");
              t.setDaemon(true);
              return t;
            });
    List<InjectedFault> faults = new ArrayList<>();
    List<ExpectedMatch> matches = new ArrayList<>();
    try {
      List<Future<WrittenInbox>> running = new ArrayList<>();
      for (FileKind kind : kinds) {
        running.add(pool.submit(kind::write));
      }
      for (Future<WrittenInbox> part : running) {
        faults.addAll(part.get().faults());
        matches.addAll(part.get().expectedMatches());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while writing the demo inbox in " + inboxDir, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(
            "Could not write the demo inbox in " + inboxDir + ": " + io.getMessage(), io);
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
    faults.sort(FAULT_ORDER);
    matches.sort(MATCH_ORDER);
    return new WrittenInbox(faults, matches);
  }

  /**
   * The codes of the brokers that confirm one line per parent order: of the brokers sorted by code,
   * the last; with five brokers or more, the last two. None when there is a single broker.
   */
  public static Set<String> aggregatingBrokers(DemoReferenceData referenceData) {
    Set<String> codes = new TreeSet<>();
    for (Counterparty c : referenceData.counterparties()) {
      if (c.role() == CounterpartyRole.BROKER) {
        codes.add(c.code());
      }
    }
    List<String> sorted = new ArrayList<>(codes);
    Set<String> out = new LinkedHashSet<>();
    int n = sorted.size();
    if (n >= 5) {
      out.add(sorted.get(n - 2));
    }
    if (n >= 2) {
      out.add(sorted.get(n - 1));
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * The statement format of each cash account. With two banks or more, banks sorted by code take
   * turns: the first sends MT940, the second camt.053, the third MT940 again. With a single bank,
   * its accounts sorted by code take turns the same way, so that both formats are always present.
   */
  public static Map<AccountId, StatementFormat> statementFormats(DemoReferenceData referenceData) {
    List<Account> cash = new ArrayList<>();
    for (Account a : referenceData.accounts()) {
      if (a.type() == AccountType.CASH) {
        cash.add(a);
      }
    }
    Map<CounterpartyId, String> bankCodes = new LinkedHashMap<>();
    for (Counterparty c : referenceData.counterparties()) {
      bankCodes.put(c.id(), c.code());
    }
    cash.sort(
        Comparator.comparing((Account a) -> bankCodes.getOrDefault(a.provider(), ""))
            .thenComparing(Account::code)
            .thenComparingLong(a -> a.id().value()));
    List<CounterpartyId> banks = new ArrayList<>();
    for (Account a : cash) {
      if (!banks.contains(a.provider())) {
        banks.add(a.provider());
      }
    }
    Map<AccountId, StatementFormat> out = new LinkedHashMap<>();
    for (int i = 0; i < cash.size(); i++) {
      Account a = cash.get(i);
      int turn = banks.size() >= 2 ? banks.indexOf(a.provider()) : i;
      out.put(a.id(), turn % 2 == 0 ? StatementFormat.MT940 : StatementFormat.CAMT053);
    }
    return Collections.unmodifiableMap(out);
  }
}
