package io.github.ddassets.core.testing;

import io.github.ddassets.core.rules.Rule;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that makes one or more rules fire and asserts their ids, messages and origins. {@code
 * RuleCoverageTest} requires one for every rule of the file scopes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Triggers {
  Rule[] value();
}
