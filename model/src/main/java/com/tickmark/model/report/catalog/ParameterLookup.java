package com.tickmark.model.report.catalog;

import java.util.List;

/**
 * The values of a {@link ParameterKind#LOOKUP} parameter: one of many things the workspace holds
 * (an instrument among hundreds), named by a key (its symbol). A business area supplies the lookup
 * for its own things, so the catalog knows none of them.
 *
 * @param <T> what the parameter's value is
 */
public interface ParameterLookup<T> {
  /** What the value is called in help texts and messages: "instrument symbol". */
  String format();

  /** How the command line's help writes the value: "SYMBOL". */
  String placeholder();

  /** The prompt in a form's empty field: "Type a symbol or a name". */
  String prompt();

  /** The things to choose from, as the user running the report sees them. */
  List<T> values(ReportContext context);

  /** The key the user types: the instrument's symbol. Matched ignoring case. */
  String key(T value);

  /** How a form lists the value: "AAPL · Apple Inc.". */
  String label(T value);

  /** What the refusal of an unknown key says: "there is no instrument with the symbol 'XYZ'". */
  String unknown(String key);

  /**
   * Where the user finds the keys, said when no key is near the one given: "the Reference data
   * screen and the instrument-master report list the symbols".
   */
  String whereListed();
}
