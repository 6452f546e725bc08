package com.tickmark.model.ledger.report;

import com.tickmark.model.refdata.Book;
import com.tickmark.model.report.catalog.ParameterLookup;
import com.tickmark.model.report.catalog.ReportContext;
import com.tickmark.model.report.catalog.ReportParameterSpec;
import java.util.List;

/**
 * The {@code book} parameter of the ledger's reports: one book by its code, or every book together
 * when it is not given.
 */
final class BookParameter implements ParameterLookup<Book> {
  static final String NAME = "book";
  private static final BookParameter LOOKUP = new BookParameter();

  private BookParameter() {}

  static ReportParameterSpec spec() {
    return ReportParameterSpec.lookup(NAME, "Book", "Only this book.", LOOKUP)
        .withDefaultDescribed("every book together");
  }

  @Override
  public String format() {
    return "book code";
  }

  @Override
  public String placeholder() {
    return "BOOK";
  }

  @Override
  public String prompt() {
    return "Every book, or type a book's code";
  }

  @Override
  public List<Book> values(ReportContext context) {
    return context.reader(LedgerReader.class).books();
  }

  @Override
  public String key(Book value) {
    return value.code();
  }

  @Override
  public String label(Book value) {
    return value.code() + " \u00b7 " + value.name();
  }

  @Override
  public String unknown(String key) {
    return "there is no book '" + key + "'";
  }

  @Override
  public String whereListed() {
    return "tickmark refdata list book lists the books";
  }
}
