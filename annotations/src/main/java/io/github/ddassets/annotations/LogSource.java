package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One example log source of a {@link Logs} section. Keys are written in the order below ({@code
 * service} before {@code source} with {@link Layout#serviceFirst()}); empty attributes are left
 * out.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface LogSource {

  /** The kind of input. */
  LogType type() default LogType.FILE;

  /** The file (or glob) to tail; required for {@link LogType#FILE}. */
  String path() default "";

  /** The port to listen on; required for {@link LogType#TCP} and {@link LogType#UDP}. */
  int port() default 0;

  /**
   * The port as a placeholder for the user to replace, such as {@code <PORT>}, written instead of a
   * number; stands in for {@link #port()}, which is then left at 0.
   */
  String portPlaceholder() default "";

  /** The event channel; required for {@link LogType#WINDOWS_EVENT}. */
  String channelPath() default "";

  /** The integration that sent the logs. Defaults to the integration's name. */
  String source() default "";

  /** The service that generates the logs, such as {@code <SERVICE>}. */
  String service() default "";

  /** The file encoding, such as {@code utf-16-le}, when not UTF-8. */
  String encoding() default "";

  /** Processing rules, such as a {@code multi_line} rule. */
  LogProcessingRule[] processingRules() default {};
}
