package com.tickmark.app.security;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.Area;
import com.tickmark.app.area.AreaServices;
import com.tickmark.app.cli.UserCommand;
import com.tickmark.app.ui.admin.AdminScreen;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.model.approval.ApprovalHandler;
import com.tickmark.model.security.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Users, roles and the firm's administration. The user service is the platform's (every area signs
 * users in); this area adds the Admin screen, {@code tickmark user} and the four-eyes role change.
 */
public final class SecurityArea implements Area {
  @Override
  public List<ScreenDescriptor> screens() {
    return List.of(AdminScreen.descriptor());
  }

  @Override
  public Set<Permission> permissions() {
    return EnumSet.of(
        Permission.MANAGE_USERS,
        Permission.APPROVE_ACCESS_CHANGES,
        Permission.ADMINISTER_WORKSPACE);
  }

  @Override
  public List<Class<?>> commands() {
    return List.of(UserCommand.class);
  }

  @Override
  public AreaServices open(AppServices platform) {
    return new AreaServices() {
      @Override
      public List<ApprovalHandler<?>> approvalHandlers() {
        return platform.users().approvalHandlers();
      }
    };
  }
}
