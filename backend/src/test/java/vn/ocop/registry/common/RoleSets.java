package vn.ocop.registry.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** The roles of each {@link Roles} set, read from the one place that lists them (application.properties). */
final class RoleSets {
    private static final Properties CONFIG = load();

    private RoleSets() {
    }

    /** The roles that {@code set} (one of {@link Roles#SETS}) admits, in the order config lists them. */
    static List<String> roles(String set) {
        String value = CONFIG.getProperty(Roles.configKey(set));
        if (value == null) {
            throw new IllegalArgumentException("no roles configured for " + set);
        }
        return Arrays.stream(value.split(",")).map(String::trim).toList();
    }

    static List<String> configuredKeys() {
        return CONFIG.stringPropertyNames().stream().filter(k -> k.startsWith(Roles.SET_PREFIX)).sorted().toList();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = RoleSets.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
