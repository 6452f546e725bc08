package com.tickmark.persistence.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tickmark.model.audit.AuditAction;
import com.tickmark.model.audit.AuditEvent;
import com.tickmark.persistence.audit.JooqAuditTrail;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionAndBackupTest {
  static final char[] PASSPHRASE = "river-stone-lantern-7".toCharArray();
  @TempDir Path tmp;

  private static void writeSomething(Workspace ws, String marker) {
    new SettingsRepository(ws.dsl()).put("marker", marker);
    new SettingsRepository(ws.dsl()).setBusinessDate(LocalDate.of(2025, 11, 20));
    JooqAuditTrail audit = new JooqAuditTrail(ws.dsl());
    for (int i = 0; i < 50; i++) {
      audit.append(
          new AuditEvent(
              "tester",
              Instant.parse("2025-11-20T10:00:00Z").plusSeconds(i),
              "Thing",
              "t" + i,
              AuditAction.CREATE,
              "",
              "{\"n\":" + i + "}",
              "fixture"));
    }
  }

  @Test
  void anEncryptedWorkspaceOpensOnlyWithItsPassphrase() throws IOException {
    Path dir = tmp.resolve("secret");
    try (Workspace ws = Workspace.open(dir, PASSPHRASE)) {
      writeSomething(ws, "TOP-SECRET-MARKER");
    }
    assertThat(Workspace.isEncrypted(dir)).isTrue();
    assertThat(
            new String(
                Files.readAllBytes(Workspace.databaseFile(dir)), StandardCharsets.ISO_8859_1))
        .as("nothing readable on disk")
        .doesNotContain("TOP-SECRET-MARKER")
        .doesNotContain("tester");

    assertThatThrownBy(() -> Workspace.open(dir))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("is encrypted: give its passphrase")
        .satisfies(
            e ->
                assertThat(((WorkspaceException) e).reason())
                    .isEqualTo(WorkspaceException.Reason.PASSPHRASE_NEEDED));
    assertThatThrownBy(() -> Workspace.open(dir, "not-the-passphrase-1".toCharArray()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("passphrase for the workspace " + dir + " is wrong");

    try (Workspace ws = Workspace.open(dir, PASSPHRASE)) {
      assertThat(new SettingsRepository(ws.dsl()).get("marker")).contains("TOP-SECRET-MARKER");
      assertThat(new JooqAuditTrail(ws.dsl()).verify().isIntact()).isTrue();
    }
  }

  @Test
  void aBackupRestoredIntoANewWorkspaceHoldsTheSameData() throws IOException {
    Path source = tmp.resolve("source");
    Path zip = tmp.resolve("backups/source.zip");
    Map<String, WorkspaceBackup.TableDigest> original;
    try (Workspace ws = Workspace.open(source)) {
      writeSomething(ws, "hello");
      Files.createDirectories(ws.inbox().resolve("bank"));
      Files.writeString(ws.inbox().resolve("bank/statement.sta"), ":20:REF\n");
      // The instructions sent out are the firm's records too.
      Files.createDirectories(ws.outbox().resolve("settlement"));
      Files.writeString(ws.outbox().resolve("settlement/MT54x_20251120.fin"), "{1:F01}\n");
      // The FIX session store and message log: a restore carries on the session from them.
      Path fix = ws.directory().resolve("fix");
      Files.createDirectories(fix.resolve("store"));
      Files.createDirectories(fix.resolve("log"));
      Files.writeString(fix.resolve("store/FIX.4.4-US-OMS.senderseqnums"), "0000000042");
      Files.writeString(fix.resolve("log/FIX.4.4-US-OMS.messages.log"), "8=FIX.4.4\u00019=5\n");
      WorkspaceBackup.Inventory inv =
          WorkspaceBackup.backup(ws, zip, Instant.parse("2025-11-20T18:00:00Z"));
      assertThat(inv.tables().get("audit_record").rows()).isEqualTo(50);
      // the workspace keeps working after an online backup; later changes are not in the backup
      new SettingsRepository(ws.dsl()).put("marker", "changed after the backup");
      original = inv.tables();
    }

    Path restored = tmp.resolve("restored");
    WorkspaceBackup.Inventory inv = WorkspaceBackup.restore(zip, restored, null);
    assertThat(inv.rows()).isGreaterThan(50);
    try (Workspace ws = Workspace.open(restored)) {
      assertThat(WorkspaceBackup.digests(ws.dsl())).isEqualTo(original);
      assertThat(new SettingsRepository(ws.dsl()).get("marker")).contains("hello");
      assertThat(new SettingsRepository(ws.dsl()).businessDate())
          .contains(LocalDate.of(2025, 11, 20));
      assertThat(new JooqAuditTrail(ws.dsl()).verify().recordsChecked()).isEqualTo(50);
      assertThat(Files.readString(ws.inbox().resolve("bank/statement.sta"))).isEqualTo(":20:REF\n");
      assertThat(Files.readString(ws.outbox().resolve("settlement/MT54x_20251120.fin")))
          .isEqualTo("{1:F01}\n");
      assertThat(Files.readString(restored.resolve("fix/store/FIX.4.4-US-OMS.senderseqnums")))
          .isEqualTo("0000000042");
      assertThat(Files.readString(restored.resolve("fix/log/FIX.4.4-US-OMS.messages.log")))
          .isEqualTo("8=FIX.4.4\u00019=5\n");
    }
  }

  @Test
  void anEncryptedBackupRestoresWithItsPassphrase() {
    Path source = tmp.resolve("source");
    Path zip = tmp.resolve("enc.zip");
    try (Workspace ws = Workspace.open(source, PASSPHRASE)) {
      writeSomething(ws, "enc");
      WorkspaceBackup.backup(ws, zip, Instant.parse("2025-11-20T18:00:00Z"));
    }
    Path restored = tmp.resolve("restored");
    assertThatThrownBy(() -> WorkspaceBackup.restore(zip, restored, null))
        .hasMessageContaining("encrypted");
    assertThat(restored.resolve("tickmark.mv.db"))
        .as("a failed restore leaves nothing")
        .doesNotExist();
    WorkspaceBackup.restore(zip, restored, PASSPHRASE);
    try (Workspace ws = Workspace.open(restored, PASSPHRASE)) {
      assertThat(new SettingsRepository(ws.dsl()).get("marker")).contains("enc");
    }
  }

  /** An encrypted workspace with a trade-like secret in its database, inbox and FIX log. */
  private Path encryptedBackup(Map<String, WorkspaceBackup.TableDigest> digests)
      throws IOException {
    Path source = tmp.resolve("source");
    Path zip = tmp.resolve("enc.zip");
    try (Workspace ws = Workspace.open(source, PASSPHRASE)) {
      writeSomething(ws, "EXEC-7731-ACMEXYZ");
      Files.createDirectories(ws.inbox().resolve("trades"));
      Files.writeString(ws.inbox().resolve("trades/day.csv"), "symbol,qty\nACMEXYZ,100\n");
      Path log = ws.directory().resolve("fix/log/FIX.4.4-US-OMS.messages.log");
      Files.createDirectories(log.getParent());
      Files.writeString(log, "8=FIX.4.4\u00019=5\u000155=ACMEXYZ\u000117=EXEC-7731\n");
      digests.putAll(
          WorkspaceBackup.backup(ws, zip, Instant.parse("2025-11-20T18:00:00Z")).tables());
    }
    return zip;
  }

  @Test
  void aBackupOfAnEncryptedWorkspaceHoldsNothingReadableAndRestoresWithThePassphrase()
      throws IOException {
    Map<String, WorkspaceBackup.TableDigest> original = new java.util.TreeMap<>();
    Path zip = encryptedBackup(original);
    String bytes = new String(Files.readAllBytes(zip), StandardCharsets.ISO_8859_1);
    assertThat(bytes)
        .as("no file inside the backup can be read, nor even named")
        .doesNotContain("ACMEXYZ")
        .doesNotContain("EXEC-7731")
        .doesNotContain("8=FIX")
        .doesNotContain("tester")
        .doesNotContain("tickmark.mv.db")
        .doesNotContain("backup.properties")
        .doesNotContain("kdf.salt")
        .doesNotContain("PK\u0003\u0004");
    assertThat(WorkspaceBackup.isEncrypted(zip)).isTrue();

    Path restored = tmp.resolve("restored");
    assertThatThrownBy(
            () -> WorkspaceBackup.restore(zip, restored, "wrong-passphrase-9".toCharArray()))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("passphrase for the backup")
        .hasMessageContaining("is wrong")
        .satisfies(
            e ->
                assertThat(((WorkspaceException) e).reason())
                    .isEqualTo(WorkspaceException.Reason.PASSPHRASE_NEEDED));
    assertThat(restored).as("a refused restore writes nothing").doesNotExist();

    WorkspaceBackup.Inventory inv = WorkspaceBackup.restore(zip, restored, PASSPHRASE);
    assertThat(inv.tables()).isEqualTo(original);
    try (Workspace ws = Workspace.open(restored, PASSPHRASE)) {
      assertThat(WorkspaceBackup.digests(ws.dsl())).isEqualTo(original);
      assertThat(new SettingsRepository(ws.dsl()).get("marker")).contains("EXEC-7731-ACMEXYZ");
      assertThat(Files.readString(ws.inbox().resolve("trades/day.csv"))).contains("ACMEXYZ,100");
      assertThat(restored.resolve("fix/log/FIX.4.4-US-OMS.messages.log")).exists();
    }
  }

  @Test
  void aCutShortOrChangedEncryptedBackupIsRefusedAndRestoresNothing() throws IOException {
    Path zip = encryptedBackup(new java.util.TreeMap<>());
    byte[] whole = Files.readAllBytes(zip);

    Path cut = tmp.resolve("cut.zip");
    Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 40));
    Path into = tmp.resolve("from-cut");
    assertThatThrownBy(() -> WorkspaceBackup.restore(cut, into, PASSPHRASE))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("is damaged or has been changed")
        .hasMessageContaining("nothing was restored");
    assertThat(into).doesNotExist();

    byte[] changed = whole.clone();
    changed[whole.length / 2] ^= 0x01;
    Path tampered = tmp.resolve("tampered.zip");
    Files.write(tampered, changed);
    Path into2 = tmp.resolve("from-tampered");
    assertThatThrownBy(() -> WorkspaceBackup.restore(tampered, into2, PASSPHRASE))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("does not authenticate");
    assertThat(into2).doesNotExist();
  }

  @Test
  void restoreNeverOverwritesAWorkspace() {
    Path existing = tmp.resolve("existing");
    Path zip = tmp.resolve("b.zip");
    try (Workspace ws = Workspace.open(existing)) {
      WorkspaceBackup.backup(ws, zip, Instant.parse("2025-11-20T18:00:00Z"));
    }
    assertThatThrownBy(() -> WorkspaceBackup.restore(zip, existing, null))
        .hasMessageContaining("already holds a workspace; restore into a new, empty folder");
  }

  @Test
  void aFileThatIsNotABackupIsRefusedClearly() throws IOException {
    Path notZip = tmp.resolve("notes.zip");
    Files.writeString(notZip, "hello");
    assertThatThrownBy(() -> WorkspaceBackup.restore(notZip, tmp.resolve("r"), null))
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("is not a Tickmark backup");
  }
}
