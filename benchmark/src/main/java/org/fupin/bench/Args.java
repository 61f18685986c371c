package org.fupin.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code --name value} command-line options, checked against the names a command accepts. */
public final class Args {

    private final Map<String, String> values;

    private Args(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Parses {@code --name value} pairs; an unknown name or a missing value is an error. */
    public static Args parse(String[] args, Set<String> allowed) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!name.startsWith("--") || !allowed.contains(name.substring(2))) {
                throw new IllegalArgumentException(
                        "unknown option " + name + "; expected one of --" + String.join(", --", allowed));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            values.put(name.substring(2), args[i + 1]);
        }
        return new Args(values);
    }

    /** A required path option. */
    public Path path(String name) {
        return Path.of(required(name));
    }

    /** An optional path option. */
    public Path path(String name, Path fallback) {
        return values.containsKey(name) ? Path.of(values.get(name)) : fallback;
    }

    /** An integer option with a default; accepts {@code 100k} and {@code 1m}. */
    public long number(String name, long fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        String lower = v.strip().toLowerCase(Locale.ROOT);
        long unit = lower.endsWith("k") ? 1_000 : lower.endsWith("m") ? 1_000_000 : 1;
        String digits = unit == 1 ? lower : lower.substring(0, lower.length() - 1);
        try {
            return Long.parseLong(digits.replace("_", "")) * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " needs a number, got " + v);
        }
    }

    /** Whether the option was given. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A string option with a default. */
    public String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** A duration option with a default: {@code 15s}, {@code 500ms}, {@code 2m}, or plain seconds. */
    public Duration duration(String name, Duration fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        String lower = v.strip().toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2)));
            }
            if (lower.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(lower.substring(0, lower.length() - 1)));
            }
            String seconds = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
            return Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "option --" + name + " needs a duration such as 15s, 500ms or 2m, got " + v);
        }
    }

    /** A comma-separated list of positive integers with a default, e.g. {@code 1,8,32}. */
    public List<Integer> integers(String name, List<Integer> fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            List<Integer> list = Arrays.stream(v.split(","))
                    .map(String::strip)
                    .map(Integer::parseInt)
                    .toList();
            if (list.isEmpty() || list.stream().anyMatch(n -> n < 1)) {
                throw new NumberFormatException();
            }
            return list;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "option --" + name + " needs positive whole numbers separated by commas, got " + v);
        }
    }

    private String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing required option --" + name);
        }
        return v;
    }
}
