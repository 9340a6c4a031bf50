/**
 * Input files read within a budget: only regular files (a folder, a FIFO or a device such as {@code
 * /dev/zero} is refused before it is opened), at most {@link
 * io.github.ddassets.core.input.InputFiles#MAX_BYTES} bytes, strictly as UTF-8. Every reader of
 * ddassets goes through it, so that no input can hang a command or exhaust its memory. This package
 * imports no other package of ddassets.
 */
package io.github.ddassets.core.input;
