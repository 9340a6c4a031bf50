package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A link the tile shows under "Further reading" ({@code tile.resources}).
 *
 * <pre>{@code
 * @Resource(type = ResourceType.BLOG, url = "https://www.datadoghq.com/blog/monitor-acme/")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Resource {

  /** What the link is. */
  ResourceType type() default ResourceType.DOCUMENTATION;

  /** The http:// or https:// URL. */
  String url();
}
