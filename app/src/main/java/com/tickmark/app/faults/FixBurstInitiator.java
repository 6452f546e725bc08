package com.tickmark.app.faults;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import quickfix.ApplicationAdapter;
import quickfix.ConfigError;
import quickfix.DefaultMessageFactory;
import quickfix.FieldNotFound;
import quickfix.Log;
import quickfix.MemoryStoreFactory;
import quickfix.Message;
import quickfix.Session;
import quickfix.SessionID;
import quickfix.SessionNotFound;
import quickfix.SessionSettings;
import quickfix.SocketInitiator;
import quickfix.field.MsgType;
import quickfix.field.TestReqID;
import quickfix.fix44.ExecutionReport;
import quickfix.fix44.TestRequest;

/**
 * A trading system's end of a drop-copy session, for the fault-injection suite: a QuickFIX/J
 * initiator that sends new executions and keeps every message it sent in memory, so that after the
 * acceptor is killed and started again it answers the acceptor's resend request (with PossDup) as a
 * real trading system does. It reconnects every second while the acceptor is down.
 */
public final class FixBurstInitiator implements AutoCloseable {
  private static final DateTimeFormatter FIX_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  /** What one execution report says: where it books and at what price. */
  public record Fill(String symbol, String isin, String currency, String book, BigDecimal price) {}

  /** The initiator keeps no log: the acceptor's message log is what the checks read. */
  private static final Log QUIET =
      new Log() {
        @Override
        public void clear() {}

        @Override
        public void onIncoming(String message) {}

        @Override
        public void onOutgoing(String message) {}

        @Override
        public void onEvent(String text) {}

        @Override
        public void onErrorEvent(String text) {}
      };

  private final SessionID session;
  private final SocketInitiator initiator;
  private final AtomicInteger logons = new AtomicInteger();
  private final Object heartbeats = new Object();
  private String lastTestReqId = "";

  /**
   * @param sender our comp id (the acceptor's target)
   * @param target the acceptor's comp id
   */
  public FixBurstInitiator(int port, String sender, String target) {
    this.session = new SessionID("FIX.4.4", sender, target);
    SessionSettings s = new SessionSettings();
    s.setString("ConnectionType", "initiator");
    s.setString("NonStopSession", "Y");
    s.setString("HeartBtInt", "30");
    s.setString("ReconnectInterval", "1");
    s.setString("UseDataDictionary", "N");
    s.setString("SocketConnectHost", "127.0.0.1");
    s.setString("SocketConnectPort", Integer.toString(port));
    s.setString(session, "BeginString", "FIX.4.4");
    s.setString(session, "SenderCompID", sender);
    s.setString(session, "TargetCompID", target);
    try {
      initiator =
          new SocketInitiator(
              new ApplicationAdapter() {
                @Override
                public void onLogon(SessionID sessionId) {
                  logons.incrementAndGet();
                  synchronized (heartbeats) {
                    heartbeats.notifyAll();
                  }
                }

                @Override
                public void fromAdmin(Message message, SessionID sessionId) {
                  try {
                    if (MsgType.HEARTBEAT.equals(message.getHeader().getString(MsgType.FIELD))
                        && message.isSetField(TestReqID.FIELD)) {
                      synchronized (heartbeats) {
                        lastTestReqId = message.getString(TestReqID.FIELD);
                        heartbeats.notifyAll();
                      }
                    }
                  } catch (FieldNotFound e) {
                    // not ours
                  }
                }
              },
              new MemoryStoreFactory(),
              s,
              id -> QUIET,
              new DefaultMessageFactory());
      initiator.start();
    } catch (ConfigError e) {
      throw new IllegalStateException("The FIX initiator could not start: " + e.getMessage(), e);
    }
  }

  /** How many times the session has logged on so far. */
  public int logons() {
    return logons.get();
  }

  /** Waits until the session has logged on more than {@code before} times. */
  public boolean awaitLogon(int before, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (heartbeats) {
      while (logons.get() <= before) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        heartbeats.wait(Math.max(1, left / 1_000_000));
      }
    }
    // onLogon runs before the session is marked logged on; let it finish
    while (!loggedOn() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    return loggedOn();
  }

  public boolean loggedOn() {
    Session s = Session.lookupSession(session);
    return s != null && s.isLoggedOn();
  }

  /**
   * Sends a new execution (ExecType F) with exec id {@code execId}; while the acceptor is down the
   * message is only stored and goes out on its resend request.
   */
  public void send(String execId, String orderId, Fill fill, int quantity, LocalDate tradeDate) {
    ExecutionReport m = new ExecutionReport();
    m.setString(37, orderId);
    m.setString(17, execId);
    m.setChar(150, 'F');
    m.setChar(39, '1');
    m.setChar(54, execId.hashCode() % 2 == 0 ? '1' : '2');
    m.setString(55, fill.symbol());
    if (fill.isin() != null) {
      m.setString(48, fill.isin());
      m.setString(22, "4");
    }
    m.setString(1, fill.book());
    m.setString(32, Integer.toString(quantity));
    m.setString(31, fill.price().toPlainString());
    m.setString(14, Integer.toString(quantity));
    m.setString(151, "0");
    m.setString(6, fill.price().toPlainString());
    m.setString(15, fill.currency());
    m.setString(75, tradeDate.format(FIX_DATE));
    m.setString(60, tradeDate.format(FIX_DATE) + "-14:30:00.250");
    try {
      Session.sendToTarget(m, session);
    } catch (SessionNotFound e) {
      throw new IllegalStateException("The FIX session is gone", e);
    }
  }

  /**
   * Sends a TestRequest and waits for the heartbeat that answers it. The acceptor answers only once
   * it has processed every message sent before (gaps resent and filled), in sequence order.
   */
  public boolean roundTrip(String id, Duration timeout) throws InterruptedException {
    try {
      Session.sendToTarget(new TestRequest(new TestReqID(id)), session);
    } catch (SessionNotFound e) {
      throw new IllegalStateException("The FIX session is gone", e);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (heartbeats) {
      while (!id.equals(lastTestReqId)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        heartbeats.wait(Math.max(1, left / 1_000_000));
      }
    }
    return true;
  }

  @Override
  public void close() {
    initiator.stop(true);
  }
}
