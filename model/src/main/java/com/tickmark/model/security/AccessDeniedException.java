package com.tickmark.model.security;

/**
 * A user asked for something their roles do not permit. The message names the permission and who
 * holds it.
 */
public final class AccessDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Permission permission;

  public AccessDeniedException(String message, Permission permission) {
    super(message);
    this.permission = permission;
  }

  public Permission permission() {
    return permission;
  }
}
