package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One rule of a JMX integration's {@code metrics.yaml}: which MBeans (by domain, bean name, bean
 * pattern or bean properties) and which of their attributes JMXFetch turns into which metrics.
 *
 * <p>On the check class (or on any class with {@link #check}), a rule stands for a group of metrics
 * and names each one in {@link JmxAttribute#alias}. On a {@link Metric} constant, the rule is the
 * constant's JMX source: an attribute without an alias is sent under the constant's value, and the
 * rules of consecutive constants with the same beans are written as one rule.
 *
 * <p>Order matters to JMXFetch, which stops at the first rule that matches an attribute: rules are
 * written class by class (the check class first, then the others by name), the rules of a class
 * before those of its constants, each in source order.
 *
 * <pre>{@code
 * @JmxRule(domain = "org.apache.activemq", properties = @JmxProperty(name = "destinationType",
 *     values = "Queue"), attributes = @JmxAttribute(name = "QueueSize", metricType =
 *     JmxMetricType.GAUGE))
 * @Metric(type = MetricType.GAUGE, unit = "message")
 * public static final String QUEUE_SIZE = "activemq.queue.size";
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD})
@Repeatable(JmxRules.class)
public @interface JmxRule {

  /** The bean domain ({@code domain}); empty for any. */
  String domain() default "";

  /** A pattern the bean domain must match as a whole ({@code domain_regex}); empty for none. */
  String domainRegex() default "";

  /** Full bean names ({@code bean}), such as {@code java.lang:type=Memory}. */
  String[] bean() default {};

  /**
   * Patterns a bean name must match as a whole ({@code bean_regex}); their groups are the {@code
   * $1}, {@code $2}... placeholders of aliases and tags. ddev also wants a domain, domain pattern
   * or bean name beside them.
   */
  String[] beanRegex() default {};

  /** Bean-property filters, such as {@code type: Queue}. */
  JmxProperty[] properties() default {};

  /** The attributes collected and how each is sent; none collects every attribute. */
  JmxAttribute[] attributes() default {};

  /** Bean-property tags not to send ({@code exclude_tags}). */
  String[] excludeTags() default {};

  /** Tags added to every metric of the rule ({@code tags}); values may use placeholders. */
  JmxTag[] tags() default {};

  /** What the rule leaves out ({@code exclude}); at most one. */
  JmxExclude[] exclude() default {};

  /** The check class this rule belongs to, when it is not the enclosing one. */
  Class<?> check() default void.class;
}
