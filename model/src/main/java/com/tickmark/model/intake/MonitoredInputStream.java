package com.tickmark.model.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;

/**
 * Reports the bytes read to an {@link ImportMonitor} and stops the read with a {@link
 * CancellationException} once it is cancelled. It sits under the import's reader, so the import
 * loop itself needs no checks: the reader asks for the next block (8 KiB) every few dozen rows.
 */
public final class MonitoredInputStream extends FilterInputStream {
  private final ImportMonitor monitor;
  private final long total;
  private long read;

  public MonitoredInputStream(InputStream in, long total, ImportMonitor monitor) {
    super(in);
    this.monitor = monitor;
    this.total = total;
  }

  @Override
  public int read() throws IOException {
    check();
    int b = super.read();
    if (b >= 0) {
      advance(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    check();
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      advance(n);
    }
    return n;
  }

  private void check() {
    if (monitor.isCancelled()) {
      throw new CancellationException(
          "Cancelled before the whole file was read; nothing was written.");
    }
  }

  private void advance(int n) {
    read += n;
    monitor.progress(read, total);
  }
}
