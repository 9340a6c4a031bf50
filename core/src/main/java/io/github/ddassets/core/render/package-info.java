/**
 * Renderers: pure functions from the model to file text, deterministic and byte-for-byte in the
 * conventions real integration files use.
 */
package io.github.ddassets.core.render;
