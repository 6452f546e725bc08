package com.tickmark.model.intake;

import java.util.concurrent.CancellationException;

/**
 * Watches an import or a preview as it reads its file: how far it has got, and whether whoever
 * started it wants it stopped. A cancelled import stops at its next read of the file, throws {@link
 * CancellationException} and writes nothing (the trades it already stored are deleted).
 */
public interface ImportMonitor {
  /** Nobody watching; never cancelled (the command line). */
  ImportMonitor NONE =
      new ImportMonitor() {
        @Override
        public void progress(long bytesRead, long totalBytes) {
          // nobody is watching
        }

        @Override
        public boolean isCancelled() {
          return false;
        }
      };

  /** {@code bytesRead} of the file's {@code totalBytes} have been read and checked. */
  void progress(long bytesRead, long totalBytes);

  boolean isCancelled();
}
