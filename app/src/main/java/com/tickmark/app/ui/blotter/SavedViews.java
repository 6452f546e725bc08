package com.tickmark.app.ui.blotter;

import com.tickmark.app.ui.UiState;
import com.tickmark.model.trade.blotter.BlotterColumn;
import com.tickmark.model.trade.blotter.BlotterQuery;
import com.tickmark.model.trade.blotter.BlotterQuery.SortKey;
import com.tickmark.model.trade.blotter.ColumnFilter;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A user's named blotter views (quick filter, column filters, sort, grouping, and the columns with
 * their order and widths), kept in the workspace's {@link UiState} under {@code
 * blotter.<user>.view.<name>}.
 */
final class SavedViews {
  /** A saved view: the question, and the column layout as "id:width:shown|hidden,...". */
  record View(String name, BlotterQuery query, String columns) {}

  private final com.tickmark.app.ui.common.SavedViews store;

  SavedViews(UiState state, String user) {
    this.store = new com.tickmark.app.ui.common.SavedViews(state, "blotter." + user + ".view.");
  }

  List<String> names() {
    return store.names();
  }

  void save(View view) {
    store.saveText(view.name(), encode(view.query()) + "\n" + view.columns());
  }

  void delete(String name) {
    store.delete(name);
  }

  Optional<View> load(String name) {
    return store
        .loadText(name)
        .map(
            text -> {
              String[] parts = text.split("\n", 2);
              return new View(name, decodeQuery(parts[0]), parts.length > 1 ? parts[1] : "");
            });
  }

  /** The query as "quick=..&group=..&sort=..&filter=..", each value URL-encoded. */
  static String encode(BlotterQuery q) {
    List<String> parts = new ArrayList<>();
    parts.add("quick=" + encode(q.quickFilter()));
    parts.add("group=" + (q.groupBy() == null ? "" : q.groupBy().id()));
    parts.add(
        "sort="
            + encode(
                String.join(
                    ",",
                    q.sort().stream()
                        .map(k -> k.column().id() + ":" + (k.descending() ? "desc" : "asc"))
                        .toList())));
    for (ColumnFilter f : q.filters()) {
      parts.add("filter=" + encode(encode(f)));
    }
    return String.join("&", parts);
  }

  static BlotterQuery decodeQuery(String text) {
    String quick = "";
    BlotterColumn group = null;
    List<SortKey> sort = new ArrayList<>();
    List<ColumnFilter> filters = new ArrayList<>();
    for (String part : text.split("&")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = part.substring(0, eq);
      String value = decode(part.substring(eq + 1));
      switch (key) {
        case "quick" -> quick = value;
        case "group" ->
            group =
                BlotterColumn.byId(value).filter(BlotterColumn.GROUPABLE::contains).orElse(null);
        case "sort" -> {
          for (String k : value.split(",")) {
            String[] kv = k.split(":");
            BlotterColumn.byId(kv[0])
                .ifPresent(c -> sort.add(new SortKey(c, kv.length > 1 && kv[1].equals("desc"))));
          }
        }
        case "filter" -> decodeFilter(value).ifPresent(filters::add);
        default -> {}
      }
    }
    return new BlotterQuery(quick, filters, sort, group);
  }

  private static String encode(ColumnFilter f) {
    String c = f.column().id();
    if (f instanceof ColumnFilter.Values v) {
      return "values|"
          + c
          + "|"
          + String.join("|", v.values().stream().map(SavedViews::encode).sorted().toList());
    }
    if (f instanceof ColumnFilter.Range r) {
      return "range|"
          + c
          + "|"
          + (r.min() == null ? "" : r.min().toPlainString())
          + "|"
          + (r.max() == null ? "" : r.max().toPlainString());
    }
    if (f instanceof ColumnFilter.Dates d) {
      return "dates|"
          + c
          + "|"
          + (d.from() == null ? "" : d.from())
          + "|"
          + (d.to() == null ? "" : d.to());
    }
    ColumnFilter.Contains t = (ColumnFilter.Contains) f;
    return "contains|" + c + "|" + encode(t.text());
  }

  private static Optional<ColumnFilter> decodeFilter(String text) {
    String[] p = text.split("\\|", -1);
    if (p.length < 3) {
      return Optional.empty();
    }
    Optional<BlotterColumn> column = BlotterColumn.byId(p[1]);
    if (column.isEmpty()) {
      return Optional.empty();
    }
    BlotterColumn c = column.get();
    try {
      return Optional.of(
          switch (p[0]) {
            case "values" ->
                new ColumnFilter.Values(
                    c,
                    new LinkedHashSet<>(Arrays.stream(p).skip(2).map(SavedViews::decode).toList()));
            case "range" ->
                new ColumnFilter.Range(
                    c,
                    p[2].isEmpty() ? null : new BigDecimal(p[2]),
                    p.length < 4 || p[3].isEmpty() ? null : new BigDecimal(p[3]));
            case "dates" ->
                new ColumnFilter.Dates(
                    c,
                    p[2].isEmpty() ? null : LocalDate.parse(p[2]),
                    p.length < 4 || p[3].isEmpty() ? null : LocalDate.parse(p[3]));
            case "contains" -> new ColumnFilter.Contains(c, decode(p[2]));
            default -> throw new IllegalArgumentException("unknown filter " + p[0]);
          });
    } catch (RuntimeException e) {
      return Optional
          .empty(); // a view saved by a later version, or edited by hand: skip the filter
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
