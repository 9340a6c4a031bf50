package io.github.ddassets.core.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A way to damage a file the way careless editing, a bad merge or a hostile author would. Each
 * mutation is a pure function of the file and a seeded {@link Random}, so that a failing try is
 * reproduced by its seed alone.
 */
enum Mutation {
  /** A few bytes replaced by others (which may break UTF-8). */
  BYTE_FLIPS {
    @Override
    byte[] apply(byte[] file, Random random) {
      byte[] bytes = file.clone();
      int flips = 1 + random.nextInt(8);
      for (int i = 0; i < flips && bytes.length > 0; i++) {
        int at = random.nextInt(bytes.length);
        bytes[at] = (byte) (bytes[at] ^ (1 + random.nextInt(255)));
      }
      return bytes;
    }
  },
  /** The file cut short anywhere. */
  TRUNCATION {
    @Override
    byte[] apply(byte[] file, Random random) {
      return java.util.Arrays.copyOf(file, random.nextInt(file.length + 1));
    }
  },
  /** A run of lines repeated many times, as a bad merge or a runaway script does. */
  DUPLICATED_LINES {
    @Override
    byte[] apply(byte[] file, Random random) {
      String text = new String(file, StandardCharsets.UTF_8);
      String[] lines = text.split("\n", -1);
      int from = random.nextInt(lines.length);
      int to = Math.min(lines.length, from + 1 + random.nextInt(5));
      String run = String.join("\n", java.util.Arrays.asList(lines).subList(from, to)) + "\n";
      int times = 2 + random.nextInt(Math.max(2, 200_000 / Math.max(1, run.length())));
      return insertAtLine(text, from, run.repeat(times));
    }
  },
  /** YAML anchors and aliases: recursive ones, fan-outs, too many, or stray tokens. */
  ANCHORS_AND_ALIASES {
    @Override
    byte[] apply(byte[] file, Random random) {
      String text = new String(file, StandardCharsets.UTF_8);
      String snippet =
          switch (random.nextInt(5)) {
            case 0 -> "r: &r [*r]\n";
            case 1 -> "r: &r {k: *r}\n";
            case 2 -> fanOut(5 + random.nextInt(16));
            case 3 -> "a: &a [1]\nb: [" + "*a, ".repeat(40 + random.nextInt(40)) + "*a]\n";
            default -> random.nextBoolean() ? " &x" : " *x";
          };
      if (snippet.startsWith(" ")) {
        StringBuilder damaged = new StringBuilder(text);
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
          damaged.insert(random.nextInt(damaged.length() + 1), snippet);
        }
        return damaged.toString().getBytes(StandardCharsets.UTF_8);
      }
      return insertAtLine(text, random.nextInt(lineCount(text)), snippet);
    }
  },
  /** Lists, mappings or blocks nested far deeper than any real file. */
  DEEP_NESTING {
    @Override
    byte[] apply(byte[] file, Random random) {
      String text = new String(file, StandardCharsets.UTF_8);
      int depth = 10 + random.nextInt(5_000);
      String nested =
          switch (random.nextInt(3)) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth);
            default -> blockNesting(Math.min(depth, 500));
          };
      int at = random.nextInt(text.length() + 1);
      return (text.substring(0, at) + nested + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }
  },
  /** One token far longer than any real one: a value, a key, a comment, a quoted string. */
  HUGE_TOKEN {
    @Override
    byte[] apply(byte[] file, Random random) {
      String text = new String(file, StandardCharsets.UTF_8);
      // Mostly long tokens, sometimes one over the YAML character budget.
      int length = random.nextInt(10) == 0 ? 1_100_000 : 1_000 + random.nextInt(200_000);
      String token =
          switch (random.nextInt(4)) {
            case 0 -> "x".repeat(length);
            case 1 -> "\"" + "q".repeat(length) + "\"";
            case 2 -> "# " + "c".repeat(length) + "\n";
            default -> "9".repeat(length);
          };
      int at = random.nextInt(text.length() + 1);
      return (text.substring(0, at) + token + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }
  };

  /** The damaged file. */
  abstract byte[] apply(byte[] file, Random random);

  private static String fanOut(int levels) {
    StringBuilder text = new StringBuilder("f0: &f0 [x, y, z]\n");
    for (int i = 1; i <= levels; i++) {
      String previous = "*f" + (i - 1);
      text.append("f").append(i).append(": &f").append(i).append(" [");
      text.append(String.join(", ", previous, previous, previous)).append("]\n");
    }
    return text.toString();
  }

  private static String blockNesting(int depth) {
    StringBuilder text = new StringBuilder("\n");
    for (int i = 0; i < depth; i++) {
      text.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    return text.toString();
  }

  private static int lineCount(String text) {
    return text.split("\n", -1).length;
  }

  private static byte[] insertAtLine(String text, int line, String insert) {
    String[] lines = text.split("\n", -1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.length; i++) {
      if (i == line) {
        out.writeBytes(insert.getBytes(StandardCharsets.UTF_8));
      }
      out.writeBytes(lines[i].getBytes(StandardCharsets.UTF_8));
      if (i + 1 < lines.length) {
        out.write('\n');
      }
    }
    return out.toByteArray();
  }
}
