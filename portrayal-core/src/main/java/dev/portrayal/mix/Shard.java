package dev.portrayal.mix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One output shard: consecutive blocks of the units' parts, in input order.
 *
 * @param bytes   uncompressed JSON Lines bytes
 */
record Shard(int index, List<Piece> pieces, long bytes, long records) {
    /** A block of a part file. */
    record Piece(Path part, Block block) {
    }

    Shard {
        pieces = List.copyOf(pieces);
    }

    /**
     * Packs blocks greedily, in order, into shards of at most {@code maxBytes} (a block larger than
     * that gets a shard of its own). The plan depends only on the blocks, never on timing.
     *
     * @param parts one part file per unit, in input order; {@code blocks} holds each part's blocks
     */
    static List<Shard> plan(List<Path> parts, List<List<Block>> blocks, long maxBytes) {
        List<Shard> shards = new ArrayList<>();
        List<Piece> open = new ArrayList<>();
        long bytes = 0;
        long records = 0;
        for (int u = 0; u < parts.size(); u++) {
            for (Block b : blocks.get(u)) {
                if (!open.isEmpty() && bytes + b.bytes() > maxBytes) {
                    shards.add(new Shard(shards.size(), open, bytes, records));
                    open = new ArrayList<>();
                    bytes = 0;
                    records = 0;
                }
                open.add(new Piece(parts.get(u), b));
                bytes += b.bytes();
                records += b.records();
            }
        }
        if (!open.isEmpty()) shards.add(new Shard(shards.size(), open, bytes, records));
        return shards;
    }
}
