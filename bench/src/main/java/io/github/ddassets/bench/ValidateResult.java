package io.github.ddassets.bench;

import java.nio.file.Path;

/**
 * The measured runs of {@code ddassets validate} on a corpus.
 *
 * @param corpus the validated folder
 * @param exitCode the command's exit code (0: no errors, 1: errors found)
 * @param samples the measured durations
 */
public record ValidateResult(Path corpus, int exitCode, Samples samples) {}
