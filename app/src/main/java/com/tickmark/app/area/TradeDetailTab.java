package com.tickmark.app.area;

import com.tickmark.app.AppServices;
import com.tickmark.model.security.Actor;
import com.tickmark.model.trade.TradeId;
import java.util.List;
import java.util.Objects;

/**
 * A tab an area adds to the blotter's trade detail (see {@link Area#tradeDetailTabs()}): what the
 * area knows of the picked trade, as headed sections of text rows. The blotter reads it off the FX
 * thread and shows it without knowing the area.
 */
public interface TradeDetailTab {
  /** The tab's title, "Settlement". */
  String title();

  /** The tab's node id, "trade-detail-settlement". */
  String id();

  /** What the tab shows of {@code trade}; called off the FX thread. */
  Content read(AppServices services, Actor actor, TradeId trade);

  /** The tab's sections, top to bottom. */
  record Content(List<Section> sections) {
    public Content {
      sections = List.copyOf(sections);
    }

    /** The section headed {@code heading}. */
    public Section section(String heading) {
      return sections.stream()
          .filter(s -> s.heading().equals(heading))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no section " + heading));
    }
  }

  /**
   * One headed table of text.
   *
   * @param columns the column titles
   * @param rows the cells of each row, one per column
   * @param empty what the section says when it has no rows ("No status from the custodian yet")
   */
  record Section(String heading, List<String> columns, List<List<String>> rows, String empty) {
    public Section {
      Objects.requireNonNull(heading, "heading");
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      empty = empty == null ? "" : empty;
    }
  }
}
