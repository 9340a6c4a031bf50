package io.github.ddassets.core.config;

/** A template that cannot be found, read or navigated. */
public final class TemplateException extends Exception {
  private static final long serialVersionUID = 1L;

  TemplateException(String message) {
    super(message);
  }
}
