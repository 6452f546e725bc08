package com.tickmark.model.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
  final PasswordHasher fast = new PasswordHasher(1_000, new SecureRandom());

  @Test
  void theDefaultWorkFactorIsOwaspsForPbkdf2Sha256() {
    assertThat(new PasswordHasher().iterations()).isEqualTo(600_000);
  }

  @Test
  void acceptsTheRightPasswordAndRefusesAnyOther() {
    PasswordHash h = fast.hash("correct-horse-1".toCharArray());
    assertThat(fast.matches("correct-horse-1".toCharArray(), h)).isTrue();
    assertThat(fast.matches("correct-horse-2".toCharArray(), h)).isFalse();
    assertThat(fast.matches("".toCharArray(), h)).isFalse();
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTimeBecauseOfItsSalt() {
    PasswordHash a = fast.hash("correct-horse-1".toCharArray());
    PasswordHash b = fast.hash("correct-horse-1".toCharArray());
    assertThat(a.encoded()).isNotEqualTo(b.encoded());
    assertThat(a.salt()).hasSize(16);
    assertThat(a.hash()).hasSize(32);
  }

  @Test
  void anEncodedHashRoundTripsAndOlderWorkFactorsStillVerifyButAskForARehash() {
    PasswordHash h = fast.hash("correct-horse-1".toCharArray());
    PasswordHash parsed = PasswordHash.parse(h.encoded());
    assertThat(parsed).isEqualTo(h);
    PasswordHasher stronger = new PasswordHasher(2_000, new SecureRandom());
    assertThat(stronger.matches("correct-horse-1".toCharArray(), parsed)).isTrue();
    assertThat(stronger.needsRehash(parsed)).isTrue();
    assertThat(fast.needsRehash(parsed)).isFalse();
    assertThat(h.toString()).doesNotContain(h.encoded().substring(25));
  }

  @Test
  void thePolicyRefusesShortOrSimpleOrNameBasedPasswords() {
    assertThatThrownBy(() -> PasswordHasher.checkPolicy("alice", "short1".toCharArray()))
        .hasMessageContaining("at least 10 characters");
    assertThatThrownBy(() -> PasswordHasher.checkPolicy("alice", "onlyletterslong".toCharArray()))
        .hasMessageContaining("one digit");
    assertThatThrownBy(() -> PasswordHasher.checkPolicy("alice", "Alice-2025-xyz".toCharArray()))
        .hasMessageContaining("user name");
    PasswordHasher.checkPolicy("alice", "tickmark-demo-1".toCharArray());
  }
}
