package com.tickmark.persistence;

import com.tickmark.persistence.approval.ApprovalRepository;
import com.tickmark.persistence.audit.AuditAnchorLog;
import com.tickmark.persistence.audit.JooqAuditTrail;
import com.tickmark.persistence.marketdata.MarketDataRepository;
import com.tickmark.persistence.refdata.ReferenceDataRepository;
import com.tickmark.persistence.security.UserRepository;
import com.tickmark.persistence.workspace.SettingsRepository;
import com.tickmark.persistence.workspace.Workspace;

/**
 * The platform's repositories, over the workspace's one shared jOOQ context: settings, reference
 * and market data, users, approvals and the audit trail. A business area's persistence package
 * builds its own repositories from the workspace (see {@code TradeRepositories}); none is added
 * here.
 */
public final class Repositories {
  private final SettingsRepository settings;
  private final ReferenceDataRepository referenceData;
  private final MarketDataRepository marketData;
  private final UserRepository users;
  private final ApprovalRepository approvals;
  private final JooqAuditTrail audit;

  private Repositories(Workspace workspace) {
    var dsl = workspace.dsl();
    this.settings = new SettingsRepository(dsl);
    this.referenceData = new ReferenceDataRepository(dsl);
    this.marketData = new MarketDataRepository(dsl);
    this.users = new UserRepository(dsl);
    this.approvals = new ApprovalRepository(dsl);
    this.audit = new JooqAuditTrail(dsl, AuditAnchorLog.in(workspace.directory()));
  }

  public static Repositories of(Workspace workspace) {
    return new Repositories(workspace);
  }

  public SettingsRepository settings() {
    return settings;
  }

  public ReferenceDataRepository referenceData() {
    return referenceData;
  }

  public MarketDataRepository marketData() {
    return marketData;
  }

  public UserRepository users() {
    return users;
  }

  public ApprovalRepository approvals() {
    return approvals;
  }

  public JooqAuditTrail audit() {
    return audit;
  }
}
