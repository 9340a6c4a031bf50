package test;

import io.github.ddassets.annotations.*;

@Integration(name = "acme", displayName = "Acme")
@Logs({
  @LogSource(path = "/var/log/acme/*.log", service = "<SERVICE>"),
  @LogSource(
      type = LogType.TCP,
      port = 10514,
      processingRules =
          @LogProcessingRule(type = "multi_line", name = "new_entry", pattern = "\\d{4}-\\d{2}-\\d{2}"))
})
@AutoConf(
    adIdentifiers = {"acme", "acme-server"},
    examples = @ParamValue(param = "url", value = "http://%%host%%:8080"))
public final class AcmeCheck {

  /** Returns `CRITICAL` if the check cannot reach Acme, otherwise `OK`. */
  @ServiceCheck(name = "Acme can connect", agentVersion = "7.59.0")
  public static final String CAN_CONNECT = "acme.can_connect";

  /** @param timeout Seconds to wait for Acme before giving up. */
  @InitConfig
  public record Init(@Param(example = "10", defaultValue = "10") int timeout) {}
}
