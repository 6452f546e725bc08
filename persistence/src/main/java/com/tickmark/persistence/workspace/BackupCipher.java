package com.tickmark.persistence.workspace;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The file format of a backup of an encrypted workspace: the backup zip, encrypted whole with
 * AES-256-GCM in chunks, so that no file inside it (database, inbox, FIX log, manifest) can be read
 * without the workspace's passphrase, and any change, reordering or truncation is detected.
 *
 * <pre>
 * header   "TICKMARK-BACKUP-AES256GCM-1\n" (magic), int PBKDF2 iterations, byte salt length,
 *          the workspace's PBKDF2 salt, 16 bytes backup salt, 8 bytes nonce prefix,
 *          16 bytes key check
 * chunks   byte last (1 on the last chunk, else 0), int plaintext length, ciphertext with its tag
 * </pre>
 *
 * The workspace key is PBKDF2-HMAC-SHA256 of the passphrase with the workspace's salt and work
 * factor, as {@link WorkspaceEncryption} derives it for the database; the backup's AES key is
 * HMAC-SHA256 of that key over the backup's own random salt, so each backup has its own key. Chunk
 * {@code i} is sealed with nonce {@code prefix || i} and the header plus its {@code last} flag as
 * associated data. The key check (another HMAC of the workspace key) tells a wrong passphrase from
 * a damaged file before anything is decrypted.
 */
final class BackupCipher {
  static final byte[] MAGIC = "TICKMARK-BACKUP-AES256GCM-1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK = 64 * 1024;
  private static final int TAG_BITS = 128;

  private BackupCipher() {}

  /** True when {@code file} starts as an encrypted backup does. */
  static boolean isEncrypted(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A stream that encrypts what is written to it into {@code out}; closing it writes the last chunk
   * and closes {@code out}.
   *
   * @param workspaceKey the workspace key derived from the passphrase with {@code salt} and {@code
   *     iterations}
   */
  static OutputStream encrypting(OutputStream out, byte[] workspaceKey, byte[] salt, int iterations)
      throws IOException {
    SecureRandom random = new SecureRandom();
    byte[] backupSalt = new byte[16];
    byte[] noncePrefix = new byte[8];
    random.nextBytes(backupSalt);
    random.nextBytes(noncePrefix);
    ByteArrayOutputStream h = new ByteArrayOutputStream();
    DataOutputStream header = new DataOutputStream(h);
    header.write(MAGIC);
    header.writeInt(iterations);
    header.writeByte(salt.length);
    header.write(salt);
    header.write(backupSalt);
    header.write(noncePrefix);
    header.write(keyCheck(workspaceKey, backupSalt));
    byte[] headerBytes = h.toByteArray();
    out.write(headerBytes);
    return new Sealing(
        out, new Keys(backupKey(workspaceKey, backupSalt), noncePrefix, headerBytes));
  }

  /**
   * A stream of the plaintext of the encrypted backup read from {@code in}. A wrong passphrase is
   * refused here; a damaged, reordered or cut-short file makes a read throw {@link
   * WorkspaceException} (reason CORRUPT) before any of the bad part is returned.
   */
  static InputStream decrypting(InputStream in, char[] passphrase, Path file) throws IOException {
    DataInputStream data = new DataInputStream(in);
    ByteArrayOutputStream h = new ByteArrayOutputStream();
    DataOutputStream header = new DataOutputStream(h);
    byte[] magic = data.readNBytes(MAGIC.length);
    if (!Arrays.equals(magic, MAGIC)) {
      throw damaged(file, "it does not start as an encrypted Tickmark backup does");
    }
    try {
      int iterations = data.readInt();
      byte[] salt = data.readNBytes(data.readUnsignedByte());
      byte[] backupSalt = data.readNBytes(16);
      byte[] noncePrefix = data.readNBytes(8);
      byte[] check = data.readNBytes(16);
      if (iterations < 1 || salt.length == 0 || check.length < 16) {
        throw damaged(file, "its header is damaged");
      }
      header.write(magic);
      header.writeInt(iterations);
      header.writeByte(salt.length);
      header.write(salt);
      header.write(backupSalt);
      header.write(noncePrefix);
      header.write(check);
      byte[] workspaceKey = WorkspaceEncryption.deriveKey(passphrase, salt, iterations);
      if (!MessageDigest.isEqual(check, keyCheck(workspaceKey, backupSalt))) {
        throw new WorkspaceException(
            WorkspaceException.Reason.PASSPHRASE_NEEDED,
            "The passphrase for the backup "
                + file
                + " is wrong: it is not the passphrase of the workspace it was taken from. Nothing"
                + " was restored; try again.",
            null);
      }
      return new Opening(
          data, new Keys(backupKey(workspaceKey, backupSalt), noncePrefix, h.toByteArray()), file);
    } catch (EOFException e) {
      throw damaged(file, "it is cut short");
    }
  }

  static WorkspaceException damaged(Path file, String why) {
    return new WorkspaceException(
        WorkspaceException.Reason.CORRUPT,
        "The encrypted backup "
            + file
            + " is damaged or has been changed ("
            + why
            + "); nothing was restored. Restore from another copy of the backup.",
        null);
  }

  private static byte[] keyCheck(byte[] workspaceKey, byte[] backupSalt) {
    return Arrays.copyOf(hmac(workspaceKey, "tickmark backup key check", backupSalt), 16);
  }

  private static byte[] backupKey(byte[] workspaceKey, byte[] backupSalt) {
    return hmac(workspaceKey, "tickmark backup key", backupSalt);
  }

  private static byte[] hmac(byte[] key, String label, byte[] salt) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(label.getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(salt);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This Java runtime has no HmacSHA256", e);
    }
  }

  /** The AES key, nonce prefix and header of one backup. */
  private record Keys(byte[] key, byte[] noncePrefix, byte[] header) {
    Cipher cipher(int mode, int index, boolean last) throws GeneralSecurityException {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      byte[] nonce = ByteBuffer.allocate(12).put(noncePrefix).putInt(index).array();
      c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
      c.updateAAD(header);
      c.updateAAD(new byte[] {(byte) (last ? 1 : 0)});
      return c;
    }
  }

  /** Encrypts in chunks; the chunk written at close is the last. */
  private static final class Sealing extends OutputStream {
    private final DataOutputStream out;
    private final Keys keys;
    private final byte[] buffer = new byte[CHUNK];
    private int filled;
    private int index;
    private boolean closed;

    Sealing(OutputStream out, Keys keys) {
      this.out = new DataOutputStream(out);
      this.keys = keys;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        if (filled == CHUNK) {
          seal(false); // only once more follows is a full chunk sealed as not the last
        }
        int n = Math.min(len, CHUNK - filled);
        System.arraycopy(b, off, buffer, filled, n);
        filled += n;
        off += n;
        len -= n;
      }
    }

    private void seal(boolean last) throws IOException {
      try {
        byte[] sealed = keys.cipher(Cipher.ENCRYPT_MODE, index++, last).doFinal(buffer, 0, filled);
        out.writeByte(last ? 1 : 0);
        out.writeInt(filled);
        out.write(sealed);
        filled = 0;
      } catch (GeneralSecurityException e) {
        throw new IOException("Could not encrypt the backup: " + e.getMessage(), e);
      }
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        seal(true);
        out.close();
      }
    }
  }

  /** Decrypts chunk by chunk; returns a chunk's bytes only once its tag has been checked. */
  private static final class Opening extends InputStream {
    private final DataInputStream in;
    private final Keys keys;
    private final Path file;
    private byte[] plain = new byte[0];
    private int position;
    private int index;
    private boolean sawLast;

    Opening(DataInputStream in, Keys keys, Path file) {
      this.in = in;
      this.keys = keys;
      this.file = file;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (position == plain.length) {
        if (sawLast) {
          if (in.read() >= 0) {
            throw damaged(file, "there is more after its last part");
          }
          return -1;
        }
        next();
      }
      int n = Math.min(len, plain.length - position);
      System.arraycopy(plain, position, b, off, n);
      position += n;
      return n;
    }

    private void next() throws IOException {
      int flag = in.read();
      if (flag < 0) {
        throw damaged(file, "it is cut short");
      }
      if (flag > 1) {
        throw damaged(file, "part " + (index + 1) + " is not as written");
      }
      try {
        int length = in.readInt();
        if (length < 0 || length > CHUNK) {
          throw damaged(file, "part " + (index + 1) + " is not as written");
        }
        byte[] sealed = in.readNBytes(length + TAG_BITS / 8);
        if (sealed.length < length + TAG_BITS / 8) {
          throw damaged(file, "it is cut short");
        }
        plain = keys.cipher(Cipher.DECRYPT_MODE, index, flag == 1).doFinal(sealed);
      } catch (EOFException e) {
        throw damaged(file, "it is cut short");
      } catch (AEADBadTagException e) {
        throw damaged(file, "part " + (index + 1) + " does not authenticate");
      } catch (GeneralSecurityException e) {
        throw new IOException("Could not decrypt the backup: " + e.getMessage(), e);
      }
      index++;
      position = 0;
      sawLast = flag == 1;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
