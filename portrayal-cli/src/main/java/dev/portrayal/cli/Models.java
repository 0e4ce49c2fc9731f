package dev.portrayal.cli;

import dev.portrayal.detect.ClassifierTagger;
import dev.portrayal.detect.LinearModel;
import dev.portrayal.engine.ConfigurationException;
import java.io.IOException;
import java.nio.file.Path;

/** Loads the detector model a {@code --model} option names, or the shipped one. */
final class Models {
    private Models() {
    }

    /** @param file the {@code --model} value, or null for the shipped model */
    static LinearModel load(Path file) throws ConfigurationException {
        if (file == null) return ClassifierTagger.loadDefaultModel();
        try {
            return ClassifierTagger.loadModel(file);
        } catch (IOException e) {
            throw new ConfigurationException("--model " + file + ": " + e.getMessage());
        }
    }
}
