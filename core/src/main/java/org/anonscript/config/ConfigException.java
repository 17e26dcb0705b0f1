package org.anonscript.config;

/** A configuration file that cannot be read or does not have the expected shape; the message names the file. */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }
}
