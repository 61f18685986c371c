package org.fupin.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** {@code --name value} command-line options, checked against the names a command accepts. */
final class Args {

    private final Map<String, String> values;

    private Args(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Parses {@code --name value} pairs; an unknown name or a missing value is an error. */
    static Args parse(String[] args, Set<String> allowed) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (!name.startsWith("--") || !allowed.contains(name.substring(2))) {
                throw new IllegalArgumentException("unknown option " + name + "; expected one of --" + String.join(", --", allowed));
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            values.put(name.substring(2), args[i + 1]);
        }
        return new Args(values);
    }

    /** A required path option. */
    Path path(String name) {
        return Path.of(required(name));
    }

    /** An optional path option. */
    Path path(String name, Path fallback) {
        return values.containsKey(name) ? Path.of(values.get(name)) : fallback;
    }

    /** An integer option with a default; accepts {@code 100k} and {@code 1m}. */
    long number(String name, long fallback) {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        String lower = v.strip().toLowerCase();
        long unit = lower.endsWith("k") ? 1_000 : lower.endsWith("m") ? 1_000_000 : 1;
        String digits = unit == 1 ? lower : lower.substring(0, lower.length() - 1);
        try {
            return Long.parseLong(digits.replace("_", "")) * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " needs a number, got " + v);
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
