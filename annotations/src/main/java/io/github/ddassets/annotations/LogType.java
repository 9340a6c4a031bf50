package io.github.ddassets.annotations;

/** The kinds of log input of a {@link LogSource}, written in lower case. */
public enum LogType {
  /** Tails files ({@code path}). */
  FILE,
  /** Listens on a TCP port ({@code port}). */
  TCP,
  /** Listens on a UDP port ({@code port}). */
  UDP,
  /** Reads the systemd journal. */
  JOURNALD,
  /** Reads a Windows event channel ({@code channel_path}). */
  WINDOWS_EVENT,
  /** Logs the integration sends through the Agent itself; needs neither path nor port. */
  INTEGRATION
}
