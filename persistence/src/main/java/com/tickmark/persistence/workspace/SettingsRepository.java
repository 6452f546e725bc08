package com.tickmark.persistence.workspace;

import static com.tickmark.persistence.jooq.Tables.WORKSPACE_SETTING;

import com.tickmark.model.firm.FirmStore;
import com.tickmark.model.time.BusinessDateStore;
import com.tickmark.model.users.SessionPolicyStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.jooq.DSLContext;

/** Workspace-wide settings: the firm's name, its base currency and the business date. */
public final class SettingsRepository implements BusinessDateStore, FirmStore, SessionPolicyStore {
  public static final String FIRM_NAME = "firm.name";
  public static final String BASE_CURRENCY = "firm.base-currency";

  /** The firm's own BIC: the sender of the SWIFT messages it writes (settlement instructions). */
  public static final String FIRM_BIC = "firm.bic";

  public static final String BUSINESS_DATE = "business-date";
  public static final String DEMO_SEED = "demo.seed";

  /**
   * The holiday calendars of the markets the firm works on, comma-separated: end of day rolls to a
   * day one of them is open.
   */
  public static final String FIRM_CALENDARS = "firm.calendars";

  /** Minutes the app may sit idle before it locks. */
  public static final String IDLE_LOCK_MINUTES = "session.idle-lock-minutes";

  private final DSLContext dsl;

  public SettingsRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  public Optional<String> get(String key) {
    return dsl.select(WORKSPACE_SETTING.SETTING_VALUE)
        .from(WORKSPACE_SETTING)
        .where(WORKSPACE_SETTING.SETTING_KEY.eq(key))
        .fetchOptional(WORKSPACE_SETTING.SETTING_VALUE);
  }

  public void put(String key, String value) {
    dsl.mergeInto(WORKSPACE_SETTING)
        .using(dsl.selectOne())
        .on(WORKSPACE_SETTING.SETTING_KEY.eq(key))
        .whenMatchedThenUpdate()
        .set(WORKSPACE_SETTING.SETTING_VALUE, value)
        .whenNotMatchedThenInsert(WORKSPACE_SETTING.SETTING_KEY, WORKSPACE_SETTING.SETTING_VALUE)
        .values(key, value)
        .execute();
  }

  @Override
  public Optional<String> firmName() {
    return get(FIRM_NAME);
  }

  @Override
  public Optional<String> baseCurrency() {
    return get(BASE_CURRENCY);
  }

  @Override
  public boolean demo() {
    return get(DEMO_SEED).isPresent();
  }

  /** The firm's business date, or empty in a workspace that holds no firm yet. */
  @Override
  public Optional<LocalDate> businessDate() {
    return get(BUSINESS_DATE).map(LocalDate::parse);
  }

  @Override
  public void setBusinessDate(LocalDate date) {
    put(BUSINESS_DATE, date.toString());
  }

  @Override
  public Optional<Duration> idleLock() {
    return get(IDLE_LOCK_MINUTES).map(m -> Duration.ofMinutes(Long.parseLong(m.trim())));
  }

  @Override
  public void setIdleLock(Duration idle) {
    put(IDLE_LOCK_MINUTES, Long.toString(idle.toMinutes()));
  }
}
