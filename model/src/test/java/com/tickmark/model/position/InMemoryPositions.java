package com.tickmark.model.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link PositionStore} in memory, summing as the database does. */
final class InMemoryPositions implements PositionStore {
  final List<PositionDay> posted = new ArrayList<>();
  final List<OpeningPosition> openingPositions = new ArrayList<>();
  final List<OpeningCash> openingCash = new ArrayList<>();

  @Override
  public void post(PositionChanges changes) {
    posted.addAll(changes.days());
  }

  @Override
  public List<PositionDay> totalsThrough(LocalDate date) {
    Map<PositionKey, PositionDay> totals = new LinkedHashMap<>();
    for (PositionDay d : posted) {
      if (!d.date().isAfter(date)) {
        totals.merge(
            d.key(),
            new PositionDay(
                d.key(),
                date,
                d.bought(),
                d.sold(),
                d.tradedCash(),
                d.received(),
                d.delivered(),
                d.settledCash()),
            (a, b) ->
                new PositionDay(
                    a.key(),
                    date,
                    a.bought().add(b.bought()),
                    a.sold().add(b.sold()),
                    a.tradedCash().add(b.tradedCash()),
                    a.received().add(b.received()),
                    a.delivered().add(b.delivered()),
                    a.settledCash().add(b.settledCash())));
      }
    }
    return new ArrayList<>(totals.values());
  }

  @Override
  public Optional<LocalDate> openingDate() {
    return openingPositions.isEmpty()
        ? openingCash.stream().map(OpeningCash::asOf).findFirst()
        : Optional.of(openingPositions.get(0).asOf());
  }

  @Override
  public List<OpeningPosition> openingPositions() {
    return openingPositions;
  }

  @Override
  public List<OpeningCash> openingCash() {
    return openingCash;
  }

  @Override
  public void insertOpening(List<OpeningPosition> positions, List<OpeningCash> cash) {
    openingPositions.addAll(positions);
    openingCash.addAll(cash);
  }
}
