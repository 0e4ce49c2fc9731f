package dev.portrayal.io;

import java.nio.file.Path;

/**
 * One file to read.
 *
 * @param path     where it is
 * @param relative its path relative to the input root it was found under, with '/' separators;
 *                 output files mirror this path
 * @param format   how to read it
 * @param size     its size in bytes
 */
public record InputFile(Path path, String relative, InputFormat format, long size) {

    /** The relative path with the input suffix replaced, e.g. {@code a/b.jsonl.gz} → {@code a/b.jsonl.zst}. */
    public String relativeWithSuffix(String suffix) {
        int slash = relative.lastIndexOf('/');
        String dir = relative.substring(0, slash + 1);
        String name = relative.substring(slash + 1);
        return dir + InputFormat.stripSuffix(name) + suffix;
    }
}
