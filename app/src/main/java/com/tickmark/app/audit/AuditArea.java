package com.tickmark.app.audit;

import com.tickmark.app.area.Area;
import com.tickmark.app.cli.AuditCommand;
import com.tickmark.app.ui.audit.AuditScreen;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.model.security.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The audit trail: its screen and {@code tickmark audit}. The trail itself is the platform's. */
public final class AuditArea implements Area {
  @Override
  public List<ScreenDescriptor> screens() {
    return List.of(AuditScreen.descriptor());
  }

  @Override
  public Set<Permission> permissions() {
    return EnumSet.of(Permission.VIEW_AUDIT);
  }

  @Override
  public List<Class<?>> commands() {
    return List.of(AuditCommand.class);
  }
}
