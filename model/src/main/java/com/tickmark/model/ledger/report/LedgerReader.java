package com.tickmark.model.ledger.report;

import com.tickmark.model.ledger.AccountStatement;
import com.tickmark.model.ledger.ChartOfAccounts;
import com.tickmark.model.ledger.FinancialStatement;
import com.tickmark.model.ledger.ProfitAndLoss;
import com.tickmark.model.ledger.TrialBalance;
import com.tickmark.model.refdata.Book;
import com.tickmark.model.refdata.BookId;
import java.time.LocalDate;
import java.util.List;

/** What the ledger's reports read, as the user running them may read it. */
public interface LedgerReader {
  ChartOfAccounts chart();

  List<Book> books();

  /**
   * @param book null for every book together
   */
  TrialBalance trialBalance(LocalDate asOf, BookId book);

  AccountStatement statement(String account, LocalDate from, LocalDate to);

  /**
   * @param book null for every book together
   */
  FinancialStatement incomeStatement(LocalDate from, LocalDate to, BookId book);

  /**
   * @param book null for every book together
   */
  FinancialStatement balanceSheet(LocalDate asOf, BookId book);

  ProfitAndLoss profitAndLoss(LocalDate asOf, ProfitAndLoss.By by);
}
