package com.tickmark.model.refdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IsinPropertyTest {

  @Provide
  Arbitrary<String> prefixes() {
    Arbitrary<String> country = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
    Arbitrary<String> nsin = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofLength(9);
    return Combinators.combine(country, nsin).as(String::concat);
  }

  @Property
  void anyElevenCharacterPrefixWithItsCheckDigitParses(@ForAll("prefixes") String prefix) {
    Isin isin = Isin.withCheckDigit(prefix);
    assertThat(Isin.parse(isin.value())).isEqualTo(isin);
    assertThat(isin.value()).startsWith(prefix).hasSize(12);
  }

  @Property
  void changingAnySingleDigitMakesAnIsinInvalid(
      @ForAll("prefixes") String prefix,
      @ForAll @IntRange(min = 0, max = 11) int pick,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    String valid = Isin.withCheckDigit(prefix).value();
    List<Integer> digitPositions =
        IntStream.range(0, valid.length())
            .filter(i -> Character.isDigit(valid.charAt(i)))
            .boxed()
            .toList();
    int position = digitPositions.get(pick % digitPositions.size());
    char changed = (char) ('0' + (valid.charAt(position) - '0' + shift) % 10);
    String tampered = valid.substring(0, position) + changed + valid.substring(position + 1);
    assertThat(Isin.isValid(tampered)).as("%s changed to %s", valid, tampered).isFalse();
  }
}
