package dev.portrayal.engine;

/** Bad usage or configuration, found before any work starts: the command exits with code 2. */
public class ConfigurationException extends Exception {
    public ConfigurationException(String message) {
        super(message);
    }
}
