package dev.portrayal.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the {@code --input} arguments (files, directories searched recursively, glob patterns) into
 * a sorted list of files. A file given directly has its own directory as root; a directory is the
 * root of what it contains; a glob's root is the part before the first wildcard.
 */
public final class InputResolver {
    private InputResolver() {
    }

    public static List<InputFile> resolve(List<String> arguments) throws InputException {
        List<InputFile> files = new ArrayList<>();
        for (String argument : arguments) {
            List<InputFile> found = resolveOne(argument);
            if (found.isEmpty()) {
                throw new InputException("--input " + argument + ": no readable input files there (expected "
                        + InputFormat.KNOWN_SUFFIXES + ")");
            }
            files.addAll(found);
        }
        Map<String, Path> seen = new HashMap<>();
        for (InputFile f : files) {
            String key = f.relativeWithSuffix("");
            Path previous = seen.putIfAbsent(key, f.path());
            if (previous != null && !previous.equals(f.path())) {
                throw new InputException("--input: " + previous + " and " + f.path()
                        + " would write the same output path '" + key + "'; give them separately rooted inputs");
            }
        }
        return files.stream().distinct().toList();
    }

    private static List<InputFile> resolveOne(String argument) throws InputException {
        Path path = Path.of(argument);
        if (Files.isRegularFile(path)) {
            if (InputFormat.of(path.getFileName().toString()).isEmpty()) {
                throw new InputException("--input " + argument + ": unknown file type (expected "
                        + InputFormat.KNOWN_SUFFIXES + ")");
            }
            return List.of(fileUnder(path.toAbsolutePath().getParent(), path.toAbsolutePath()));
        }
        if (Files.isDirectory(path)) {
            return walk(path.toAbsolutePath(), p -> true);
        }
        int wildcard = indexOfWildcard(argument);
        if (wildcard < 0) {
            throw new InputException("--input " + argument + ": no such file or directory");
        }
        int slash = argument.lastIndexOf('/', wildcard);
        Path root = (slash < 0 ? Path.of(".") : Path.of(argument.substring(0, slash + 1))).toAbsolutePath().normalize();
        String pattern = slash < 0 ? argument : argument.substring(slash + 1);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        if (!Files.isDirectory(root)) {
            throw new InputException("--input " + argument + ": the directory " + root + " does not exist");
        }
        return walk(root, p -> matcher.matches(root.relativize(p)));
    }

    private static List<InputFile> walk(Path root, java.util.function.Predicate<Path> accept) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> InputFormat.of(p.getFileName().toString()).isPresent())
                    .map(p -> p.toAbsolutePath().normalize())
                    .filter(accept)
                    .sorted(Comparator.comparing(Path::toString))
                    .map(p -> fileUnder(root.normalize(), p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputFile fileUnder(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        InputFormat format = InputFormat.of(file.getFileName().toString()).orElseThrow();
        try {
            return new InputFile(file, relative, format, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOfWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') return i;
        }
        return -1;
    }

    /** A problem with the input arguments: reported before any work, with exit code 2. */
    public static final class InputException extends Exception {
        public InputException(String message) {
            super(message);
        }
    }
}
