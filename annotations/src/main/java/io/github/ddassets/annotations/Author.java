package io.github.ddassets.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who publishes the integration, {@link Listing#author()}: the manifest's {@code author} object.
 * Attributes left empty are not written; Datadog requires a name, a homepage and a support e-mail,
 * and its reference calls the sales e-mail mandatory too.
 *
 * <pre>{@code
 * author = @Author(name = "Acme Inc.", homepage = "https://acme.example",
 *     supportEmail = "support@acme.example", salesEmail = "sales@acme.example")
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Author {

  /** The company's human-readable name ({@code author.name}). */
  String name() default "";

  /** The company's web page, an http:// or https:// URL ({@code author.homepage}). */
  String homepage() default "";

  /** Where users ask for support, in ASCII ({@code author.support_email}). */
  String supportEmail() default "";

  /** Where Datadog sends subscription events ({@code author.sales_email}). */
  String salesEmail() default "";

  /**
   * The vendor id Datadog gives Technology Partners ({@code author.vendor_id}): lower-case letters
   * and {@code -}. Mandatory for Marketplace listings.
   */
  String vendorId() default "";
}
