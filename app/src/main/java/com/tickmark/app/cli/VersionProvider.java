package com.tickmark.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("dev" when run from classes). */
public final class VersionProvider implements IVersionProvider {
  public static String version() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "Tickmark " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
