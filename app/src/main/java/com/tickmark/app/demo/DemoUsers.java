package com.tickmark.app.demo;

import com.tickmark.model.security.Actor;
import com.tickmark.model.security.Role;
import com.tickmark.model.security.User;
import com.tickmark.model.users.UserService;
import java.util.EnumSet;
import java.util.List;

/** The demo firm's users, one for each role, all with the same documented password. */
public final class DemoUsers {
  /** The demo users' password (listed in the README; demo workspaces only). */
  public static final String PASSWORD = "tickmark-demo-1";

  /** A demo user. */
  public record DemoUser(String username, String displayName, Role role) {}

  public static final List<DemoUser> ALL =
      List.of(
          new DemoUser("admin", "Alex Morgan", Role.ADMIN),
          new DemoUser("clerk", "Carla Mendes", Role.CLERK),
          new DemoUser("accountant", "Arjun Patel", Role.ACCOUNTANT),
          new DemoUser("risk", "Rita Okafor", Role.RISK_MANAGER),
          new DemoUser("compliance", "Colin Byrne", Role.COMPLIANCE),
          new DemoUser("viewer", "Vera Lindqvist", Role.VIEWER),
          // a second accountant, so that a manual journal has someone to approve it
          new DemoUser("controller", "Keiko Tanaka", Role.ACCOUNTANT));

  private DemoUsers() {}

  /** The demo user who holds {@code role}. */
  public static String usernameOf(Role role) {
    return ALL.stream()
        .filter(u -> u.role() == role)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No demo user holds " + role))
        .username();
  }

  /** Creates the demo users in a workspace that has none; the first, admin, creates the others. */
  static void create(UserService users) {
    DemoUser first = ALL.get(0);
    User admin =
        users.createFirstAdministrator(
            first.username(), first.displayName(), PASSWORD.toCharArray());
    Actor actor = admin.asActor();
    for (DemoUser u : ALL.subList(1, ALL.size())) {
      users.addUser(
          actor,
          u.username(),
          u.displayName(),
          EnumSet.of(u.role()),
          PASSWORD.toCharArray(),
          "demo firm user");
    }
  }
}
