package com.tickmark.app.security;

import com.tickmark.app.AppServices;
import com.tickmark.app.area.Area;
import com.tickmark.app.area.AreaServices;
import com.tickmark.app.cli.UserCommand;
import com.tickmark.app.ui.admin.AdminScreen;
import com.tickmark.app.ui.shell.ScreenDescriptor;
import com.tickmark.model.approval.ApprovalHandler;
import java.util.List;

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
