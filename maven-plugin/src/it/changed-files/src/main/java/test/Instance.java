package test;

import io.github.ddassets.annotations.*;
import java.util.List;

/**
 * One Acme server.
 *
 * @param url The base URL of the Acme admin API.
 * @param queues The queues to watch.
 */
@InstanceConfig(check = AcmeCheck.class)
public record Instance(
    @Param(required = true, example = "http://localhost:8080") String url, List<String> queues) {}
